class Robot:
    def __init__(self):
        self.position = 0

    def move(self):
        self.positon += 1


Robot().move()
