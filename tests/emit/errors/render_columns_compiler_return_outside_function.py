é = 1; return é
