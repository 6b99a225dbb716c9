import string
import textwrap
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), string.capwords('hello  world'))
t = string.Template('$who likes ${what} $$5'); print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers())
try: t.substitute(who='x')
except KeyError as ex: print('KeyError', ex)
try: string.Template('bad $').substitute()
except ValueError as ex: print(ex)
print(textwrap.dedent('''
    hello
      world
    end'''))
print(textwrap.indent('a\nb\n\nc', '> '))
txt = 'The quick brown fox jumps over the lazy dog and keeps running far-far-away into the sunset.'
print(textwrap.wrap(txt, 20)); print(textwrap.fill(txt, 30)); print(textwrap.shorten(txt, 40))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.fill('a b c', width=10, initial_indent='* ', subsequent_indent='  '))
