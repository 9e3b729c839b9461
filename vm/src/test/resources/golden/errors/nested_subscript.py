data = {"users": [{"name": "ann"}]}
print(data["users"][0]["age"])
