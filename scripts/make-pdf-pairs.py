#!/usr/bin/env python3
"""Builds PDF/reference pairs for tst_documentaccuracy (CLAIMBENCH_DOCUMENT_PAIRS)
from public editions of the same document by the same publisher, kept in GitHub
repositories. Each source is (PDF repo, commit, path; reference repo, commit,
path); the reference is the publisher's HTML, or its plain text with the
running page head and foot lines taken out (the PDF reader drops repeated
heads and feet, so the reference must not count them as words).

Usage: scripts/make-pdf-pairs.py MIRROR_DIR OUT_DIR [NAME...]
(NAME...: only these pairs, including those made only on request)
MIRROR_DIR holds one bare git directory per repository, named owner+name/repo
(the search tool's fetch layout).
"""
import importlib.util
import os
import re
import subprocess
import sys

# RFCs. A PDF of an RFC before 8650 is the RFC Editor's rendering of its
# plain text, so that text (the RFC Editor's .txt) is the reference, its page
# head and foot lines taken out. The IETF Trust lets whole RFCs be reproduced.
RFC_LICENCE = 'IETF Trust (whole RFCs may be reproduced)'
SOURCES = [
    # RFC 8446 (TLS 1.3, 2018), tools.ietf.org's PDF (html2ps, A4, 160 pages).
    {
        'name': 'rfc8446',
        'pdf': ('LaborEtArs/ESP8266mDNS', 'fdb38ef7af094d73ffaea7689591e260f200685b', 'rfc8446.pdf'),
        'reference': ('pingu342/rfc', '8f03c4af03bd2841adf8df4bf794badbd2a5ea1f', 'rfc8446.txt'),
        'running': [r'Rescorla +Standards Track +\[Page \d+\]', r'RFC 8446 +TLS +August 2018'],
        # This copy interleaves a Japanese translation on 71 lines; RFC 8446
        # is ASCII, and without those lines the file is the RFC Editor's text.
        'ascii_lines_only': True,
        'licence': RFC_LICENCE,
    },
    # RFC 6455 (WebSocket, 2011), tools.ietf.org's PDF (html2ps, A4, 71 pages).
    {
        'name': 'rfc6455',
        'pdf': ('wangbojing/ntyWebSocketServer', 'c9e6f8a84fc627f7be65995264264fa6e6cd83ec', 'rfc6455.pdf'),
        'reference': ('diwasrimal/websocket-from-scratch', 'c33543ac0a42e5fe20f555004cc74e15ddf6e7f9', 'rfc6455.txt'),
        'running': [r'Fette & Melnikov +Standards Track +\[Page \d+\]',
                    r'RFC 6455 +The WebSocket Protocol +December 2011'],
        'licence': RFC_LICENCE,
    },
    # RFC 2616 (HTTP/1.1, 1999), the RFC Editor's PDF of the text
    # (pdfrfc/rfc2616.txt.pdf, PDF::API2, 176 pages), beside that text.
    {
        'name': 'rfc2616',
        'pdf': ('philpep/httpd', '9c9e3d27563693bef3a96a12eef1b6e4b5e6d4cc', 'rfc2616.pdf'),
        'reference': ('philpep/httpd', '9c9e3d27563693bef3a96a12eef1b6e4b5e6d4cc', 'rfc2616.txt'),
        'running': [r'Fielding, et al\. +Standards Track +\[Page \d+\]', r'RFC 2616 +HTTP/1\.1 +June 1999'],
        'licence': RFC_LICENCE,
    },
    # Only when named on the command line (it would count RFC 8446's PDF
    # twice): the same PDF against the TLS working group's xml2rfc HTML of
    # the final RFC XML, two days before publication (its text equals the
    # RFC's but for the contents' page numbers), read by our HTML reader.
    {
        'name': 'rfc8446-html',
        'pdf': ('LaborEtArs/ESP8266mDNS', 'fdb38ef7af094d73ffaea7689591e260f200685b', 'rfc8446.pdf'),
        'reference': ('tlswg/tls13-rfc', '455b012de5c411f4db908de54a517dfbeeb8208c', 'rfc8446.html'),
        'running': [],
        'licence': RFC_LICENCE,
        'on_request': True,
    },
]


def document_pairs():
    """make-document-pairs.py as a module (its name has hyphens)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make-document-pairs.py')
    spec = importlib.util.spec_from_file_location('make_document_pairs', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def show(mirror, repo, commit, path):
    git_dir = os.path.join(mirror, repo.replace('/', '+'), 'repo')
    return subprocess.check_output(['git', '--git-dir', git_dir, 'show', f'{commit}:{path}'])


def without_running_lines(text, patterns):
    running = re.compile('^(?:' + '|'.join(patterns) + ')$')
    lines = [line for line in text.replace('\f', '\n').split('\n') if not running.match(line.strip())]
    return '\n'.join(lines)


def main(mirror, out, only=None):
    os.makedirs(os.path.join(out, 'pdf'), exist_ok=True)
    rows = []
    for source in SOURCES:
        if (source['name'] not in only) if only else source.get('on_request'):
            continue
        repo, commit, path = source['pdf']
        doc = 'pdf/' + source['name'] + '.pdf'
        with open(os.path.join(out, doc), 'wb') as f:
            f.write(show(mirror, repo, commit, path))
        ref_repo, ref_commit, ref_path = source['reference']
        data = show(mirror, ref_repo, ref_commit, ref_path)
        if ref_path.endswith('.html'):
            ref = 'pdf/' + source['name'] + '.html'
        else:
            ref = 'pdf/' + source['name'] + '.txt'
            text = data.decode('utf-8')
            if source.get('ascii_lines_only'):
                text = '\n'.join(line for line in text.split('\n') if line.isascii())
            data = without_running_lines(text, source['running']).encode('utf-8')
        with open(os.path.join(out, ref), 'wb') as f:
            f.write(data)
        rows.append((doc, ref, f'https://github.com/{repo}/blob/{commit}/{path} + '
                     f'https://github.com/{ref_repo}/blob/{ref_commit}/{ref_path}', source['licence']))
    document_pairs().write_manifest(out, rows)
    print(f'{len(rows)} PDF pairs')


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]) or None)
