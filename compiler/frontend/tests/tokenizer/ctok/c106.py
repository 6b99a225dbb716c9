x\
