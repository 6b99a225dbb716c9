class StrictAPI(metaclass=ValidatedMeta):
    def get_user(self, user_id: int) -> dict:
        retun {"id": user_id}

print(StrictAPI().get_user(7), StrictAPI.get_user.__annotations__)
try:
 class BadAPI(metaclass=ValidatedMeta):
        def fetch(self):
            pass
except TypeError as e:
    print("rejected:", e)

