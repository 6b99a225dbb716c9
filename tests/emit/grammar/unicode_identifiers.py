# Non-ASCII identifiers, NFKC-normalized.
café = 1
naïve = café + 1
日本 = "japanese"
Ωmega = 3
ｆｕｌｌ = 4
ﬁle = 5
ℌ = 6
xᵢ = 7
_π = 3.14159
def 関数(引数):
    return 引数
class Ѳ:
    атрибут = 1
print(full, file, H)
