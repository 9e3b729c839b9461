s = 'ࢗ᭎␧🯯'  # new in Unicode 16.0
t = '𮯰𮹝'  # new in 15.1
u = '𱍐￾￿󠄀􏿽؜᠎'
