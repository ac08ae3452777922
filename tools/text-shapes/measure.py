#!/usr/bin/env python3
"""Text as people have it, measured: writes each eval doc's text without its title to a temporary folder in three
shapes (untitled, one paragraph, web-copied with invented page furniture around it), runs `summarize --dir --json`
on each, and prints how many files were refused; for the web-copied shape also how often the title, author and
date came out right and whether any furniture was quoted. The texts are deleted afterwards.

Usage: python3 tools/text-shapes/measure.py [BOT_DLL] [DATA_FOLDER]
  (defaults: src/Briefing.Bot/bin/Debug/net10.0/Briefing.Bot.dll, ../shared/eval/dev; build src/Briefing.Bot first)"""
import glob, json, os, re, shutil, subprocess, sys, tempfile

bot = sys.argv[1] if len(sys.argv) > 1 else 'src/Briefing.Bot/bin/Debug/net10.0/Briefing.Bot.dll'
data = sys.argv[2] if len(sys.argv) > 2 else '../shared/eval/dev'
out = tempfile.mkdtemp(prefix='briefing-text-shapes-')
docs = []
for path in sorted(glob.glob(os.path.join(data, '*.jsonl'))):
    for line in open(path):
        d = json.loads(line)
        docs.append((os.path.basename(path)[:-6] + '-' + re.sub(r'[^A-Za-z0-9]+', '-', str(d['id'])), d.get('title') or 'A Note on Public Policy', d['text']))

CHROME = ['Categorized |', 'Share this', 'Print Friendly', 'Leave a Reply', 'is a project of', 'senior fellow', 'Photo:', 'Related posts']
def web_copied(title, text):
    return ("Home » Analysis » Policy\n\nCategorized | Politics\n\n" + title + "\n\nBy Jordan Vale\nMarch 4, 2025\n\n"
            "Share this: Facebook Twitter Email\n\n" + text.strip() + "\n\n"
            "Jordan Vale is a senior fellow at the Policy Workshop.\n\nPhoto: A committee room. Credit: Staff\n\n"
            "Print Friendly, PDF & Email\n\nRelated posts\nWhy budgets slip\nThe case for audits\n\n"
            "Leave a Reply\n\nYour email address will not be published.\n\nAbout The Workshop Blog\n\n"
            "The Workshop Blog is a project of the Policy Workshop.\n")

shapes = {
    'untitled': lambda t, x: x.strip() + "\n",
    'one-paragraph': lambda t, x: re.sub(r'\s+', ' ', x).strip() + "\n",
    'web-copied': web_copied,
}
env = dict(os.environ, Storage__ConnectionString='Data Source=' + os.path.join(out, 'measure.db'))
for shape, make in shapes.items():
    folder = os.path.join(out, shape)
    os.makedirs(folder, exist_ok=True)
    for name, title, text in docs:
        open(os.path.join(folder, name + '.txt'), 'w').write(make(title, text))
    run = subprocess.run(['dotnet', bot, 'summarize', '--dir', folder, '--json'], capture_output=True, text=True, env=env)
    rows = []
    for l in run.stdout.splitlines():
        try:
            rows.append(json.loads(l))
        except ValueError:
            pass
    refused = [r for r in rows if 'error' in r]
    print(f"{shape}: files {len(docs)}, summarized {len(rows) - len(refused)}, refused {len(refused)}, exit {run.returncode}"
          + (f", stderr: {run.stderr.strip().splitlines()[0][:200]}" if run.stderr.strip() else ''))
    for r in refused[:3]:
        print('   e.g.', r['error'][-120:])
    if shape == 'web-copied':
        titles = {n + '.txt': t for n, t, _ in docs}
        ok = [r for r in rows if 'error' not in r]
        right_title = sum(r['article']['title'] == titles[r['file']].strip() for r in ok)
        right_author = sum(r['article']['author'] == 'Jordan Vale' for r in ok)
        right_date = sum((r['article']['published'] or '').startswith('2025-03-04') for r in ok)
        leaked = sum(any(c in json.dumps(r, ensure_ascii=False) for c in CHROME) for r in ok)
        print(f"   web-copied: title right {right_title}/{len(ok)}, author right {right_author}/{len(ok)}, date right {right_date}/{len(ok)}, summaries quoting furniture {leaked}/{len(ok)}")
shutil.rmtree(out)
