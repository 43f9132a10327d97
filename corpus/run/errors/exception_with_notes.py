# Notes added with add_note() are printed after the exception message.
def validate(record):
    try:
        return int(record["qty"])
    except ValueError as e:
        e.add_note(f"while validating record {record['id']}")
        e.add_note("qty must be an integer")
        raise


print(validate({"id": 1, "qty": "3"}))
validate({"id": 2, "qty": "three"})
