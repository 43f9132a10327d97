# f-strings as used in real code
import logging
log = logging.getLogger(__name__)


def describe(user, items, elapsed):
    log.info(f'user={user.name!r} items={len(items)} elapsed={elapsed:.3f}s')
    header = f'{"Name":<20}{"Qty":>5}{"Price":>10}'
    lines = [header, '-' * len(header)]
    for item in items:
        lines.append(f'{item.name:<20}{item.qty:>5}{item.price:>10.2f}')
    total = sum(i.qty * i.price for i in items)
    lines.append(f'{"Total":<25}{total:>10.2f}')
    sql = (f'SELECT * FROM orders '
           f'WHERE user_id = {user.id} '
           'ORDER BY created DESC')
    return '\n'.join(lines), sql


def path_for(base, n):
    return f'{base}/{n:04d}.{"json" if n % 2 else "yaml"}'
