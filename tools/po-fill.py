#!/usr/bin/env python3
"""Fills the empty msgstr of a .po file from a table of translations.

    tools/po-fill.py po/sv.po TABLE.py

TABLE.py defines T = {msgid: msgstr, ...} (for plurals, msgstr is a
tuple of the forms). Entries already translated are left alone; the
msgids the table lacks are printed, so a translator sees what is left.
A helper for translators, not part of the build."""
import ast
import re
import sys


def unquote(lines):
    return ''.join(ast.literal_eval(l) for l in lines)


def quote(s):
    if '\n' not in s[:-1]:
        return ['"' + esc(s) + '"']
    parts = re.findall(r'[^\n]*\n|[^\n]+$', s)
    return ['""'] + ['"' + esc(p) + '"' for p in parts]


def esc(s):
    return s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t')


def main():
    po, table = sys.argv[1], sys.argv[2]
    scope = {}
    exec(open(table, encoding='utf-8').read(), scope)
    T = scope['T']
    text = open(po, encoding='utf-8').read()
    blocks = text.split('\n\n')
    out, missing = [], []
    for b in blocks:
        lines = b.split('\n')
        keys = {}
        cur = None
        for i, l in enumerate(lines):
            m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d\])?) (".*")$', l)
            if m:
                cur = m.group(1)
                keys[cur] = [i, [m.group(2)]]
            elif l.startswith('"') and cur:
                keys[cur][1].append(l)
        if 'msgid' not in keys:
            out.append(b)
            continue
        mid = unquote(keys['msgid'][1])
        if mid == '':
            out.append(b)
            continue
        plural = 'msgid_plural' in keys
        strs = [k for k in keys if k.startswith('msgstr')]
        empty = all(unquote(keys[k][1]) == '' for k in strs)
        fuzzy = any(l.startswith('#,') and 'fuzzy' in l for l in lines)
        if (not empty and not fuzzy) or mid not in T:
            if empty or fuzzy:
                missing.append(mid)
            out.append(b)
            continue
        tr = T[mid]
        drop = set()
        for k in strs:
            drop.update(range(keys[k][0], keys[k][0] + len(keys[k][1])))
        head = []
        for i, l in enumerate(lines):
            if i in drop or l.startswith('#| '):
                continue
            if l.startswith('#,'):
                flags = [f.strip() for f in l[2:].split(',') if f.strip() != 'fuzzy']
                if not flags:
                    continue
                l = '#, ' + ', '.join(flags)
            head.append(l)
        forms = tr if plural else (tr,)
        for n, form in enumerate(forms):
            q = quote(form)
            head += [('msgstr[%d] ' % n if plural else 'msgstr ') + q[0]] + q[1:]
        out.append('\n'.join(head))
    open(po, 'w', encoding='utf-8').write('\n\n'.join(out))
    for m in missing:
        print('untranslated:', repr(m))


main()
