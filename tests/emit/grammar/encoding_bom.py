x = "file with a UTF-8 BOM"
y = "é"
