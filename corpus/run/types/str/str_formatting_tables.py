# Formatting aligned tables with f-strings and format specs.
rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 1000.0)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}")
print("-" * 39)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5d}{price:>10.2f}{total:>12,.2f}")
print("=" * 39)
print(f"{'Grand total':<27}{grand:>12,.2f}")
for n in [0, 1, -1, 12345, -9876543]:
    print(f"|{n:^10}|{n:<+10}|{n:>010}|{n:#x}|{n:b}|")
for x in [0.0, 1 / 3, -2.5, 1e6, 12345.6789]:
    print(f"|{x:10.3f}|{x:<10.2e}|{x:^+12.4g}|{x:.1%}|")
