not 1 +
