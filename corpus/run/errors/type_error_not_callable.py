# TypeError from calling a non-callable value.
config = {"retries": 3}
print("retries", config["retries"])
retries = config["retries"]
retries()
