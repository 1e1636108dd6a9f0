#!/usr/bin/env python3
"""Builds the document/reference pairs tst_documentaccuracy measures
(CLAIMBENCH_DOCUMENT_PAIRS) from pandoc's reader tests: each test/docx/X.docx,
test/odt/odt/X.odt, test/epub/X.epub and test/rtf/X.rtf beside the X.native
that pandoc's own test expects from reading it. The reference text is the
native AST's text: Str and Code strings, Space/SoftBreak/LineBreak as spaces,
a new line per block; an image's alt text is left out (readers keep no alt
text, and a document that is only an image is no text to extract).
pandoc is GPL-2.0-or-later, so the pairs stay outside the repository.

Usage: scripts/make-document-pairs.py PANDOC_GIT_DIR OUT_DIR
"""
import os
import re
import subprocess
import sys

BLOCKS = {'Para', 'Plain', 'Header', 'BlockQuote', 'CodeBlock', 'BulletList', 'OrderedList',
          'DefinitionList', 'Table', 'Row', 'Cell', 'Div', 'LineBlock', 'Figure', 'Note',
          'MetaInlines', 'MetaString', 'MetaBlocks'}
TEXT_LAST = {'Code', 'CodeBlock', 'Math', 'RawInline', 'RawBlock'}
TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|([A-Z][A-Za-z]*)|([\[\]()])')


def unescape(s):
    def one(m):
        e = m.group(1)
        if e.isdigit():
            return chr(int(e))
        return {'&': '', 'n': '\n', 't': '\t'}.get(e, e)
    return re.sub(r'\\(\d+|.)', one, s)


def reference(native):
    out = []
    depth = 0
    skip_groups = 0        # an Image's attributes, alt text and target still to skip
    skip_base = 0
    text_at = None         # depth at which a Code-like constructor's text string comes
    for m in TOKEN.finditer(native):
        string, name, bracket = m.groups()
        if bracket:
            depth += 1 if bracket in '[(' else -1
            if skip_groups and bracket in '])' and depth == skip_base:
                skip_groups -= 1
            continue
        if skip_groups:
            continue
        if name:
            if name == 'Image':
                skip_groups, skip_base = 3, depth
            elif name in ('Space', 'SoftBreak', 'LineBreak'):
                out.append(' ')
            elif name in TEXT_LAST:
                text_at = depth
            if name in BLOCKS:
                out.append('\n')
            continue
        if text_at is not None and depth == text_at:
            out.append(unescape(string))
            text_at = None
        elif text_at is None and m.string[max(0, m.start() - 4):m.start()].rstrip().endswith('Str'):
            out.append(unescape(string))
    return re.sub(r'\n\s*\n+', '\n', ''.join(out)).strip() + '\n'


def native_for(path):
    base = os.path.splitext(path)[0]
    if path.startswith('test/odt/odt/'):
        return 'test/odt/native/' + os.path.basename(base) + '.native'
    if path.startswith(('test/docx/', 'test/rtf/', 'test/epub/')) and '/golden/' not in path:
        return base + '.native'
    return None


def main(repo, out):
    git = ['git', '--git-dir' if repo.endswith('.git') or os.path.isfile(os.path.join(repo, 'HEAD')) else '-C', repo]
    commit = subprocess.check_output(git + ['rev-parse', 'HEAD'], text=True).strip()
    files = subprocess.check_output(git + ['ls-tree', '-r', '--name-only', 'HEAD', 'test/'], text=True).split('\n')
    present = set(files)
    os.makedirs(os.path.join(out, 'pandoc'), exist_ok=True)
    rows = []
    for path in sorted(files):
        if not re.search(r'\.(docx|odt|epub|rtf)$', path):
            continue
        native = native_for(path)
        if native not in present:
            continue
        fmt = path.rsplit('.', 1)[1]
        name = 'pandoc-' + fmt + '-' + os.path.splitext(os.path.basename(path))[0]
        doc, ref = 'pandoc/' + name + '.' + fmt, 'pandoc/' + name + '.txt'
        with open(os.path.join(out, doc), 'wb') as f:
            f.write(subprocess.check_output(git + ['show', 'HEAD:' + path]))
        text = reference(subprocess.check_output(git + ['show', 'HEAD:' + native]).decode('utf-8'))
        with open(os.path.join(out, ref), 'w', encoding='utf-8') as f:
            f.write(text)
        rows.append((doc, ref, f'https://github.com/jgm/pandoc/blob/{commit}/{path}', 'GPL-2.0-or-later'))
    write_manifest(out, rows)
    print(f'{len(rows)} pairs from pandoc {commit}')


def write_manifest(out, rows):
    """OUT_DIR/manifest.tsv as tst_documentaccuracy reads it (also used by make-pdf-pairs.py)."""
    with open(os.path.join(out, 'manifest.tsv'), 'w', encoding='utf-8') as f:
        f.write('# document\treference (.html: its article body; else UTF-8 text)\tsource\tlicence[\tpassword]\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
