pass\
â‚s
