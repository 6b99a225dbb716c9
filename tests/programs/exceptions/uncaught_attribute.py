data = {"user": {"name": "ann"}}
print(data["user"]["name"].upper())
print(data["user"].get("email").lower())
