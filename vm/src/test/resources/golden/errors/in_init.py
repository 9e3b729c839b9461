class Config:
    def __init__(self, values):
        self.size = values["size"]


Config({"color": "red"})
