# Token-level edge cases: adjacency, operators without spaces, ellipsis.
x=1;y=2
z=x+y-x*y/x//y%x**y
w=x<<y>>x&y|x^y
v=[x,y][x-1]
u={x:y}
t=x<y<=x>y>=x==y!=x
s=1if x else 2
r=[i for i in(1,2)if i]
q=...
p=x@y if False else 0
o=-x
n=~x
m=x if x else(y)
l=lambda:0
k=x.real
h=1_0if True else 0
g=0o7or 1
f=0b1and 0
e=1e5if 1 else 0
d=1jif 1 else 0
c=a if(a:=1)else 0
b="s"if 1 else"t"
a=[1,2,3][::-1][-1:][0]
