# An exception raised while handling another: "During handling of the above exception, another exception occurred".
def cleanup(resource):
    return resource.close()


def process(data):
    try:
        return data["value"] / data["count"]
    except ZeroDivisionError:
        cleanup(None)


print(process({"value": 6, "count": 3}))
process({"value": 6, "count": 0})
