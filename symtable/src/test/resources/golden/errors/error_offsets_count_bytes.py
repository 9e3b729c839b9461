é = 'ééé'; global é
