3 * not 3
