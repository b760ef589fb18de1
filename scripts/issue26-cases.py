#!/usr/bin/env python3
"""Issue 26's worked examples, each in a sentence of ordinary prose, run through the unspin CLI.

Usage: scripts/issue26-cases.py [UNSPIN-BINARY]   (default: go build ./cmd/unspin into a temp dir)

Each case is one document; it passes when the output is one of the accepted texts (and, for a
"must not" case, when it is not the rejected text). Controls are legitimate text that must come
back byte for byte. Prints one line per case (PASS/FAIL, name, output) and a count; exit 1 on a fail.
"""
import json, os, subprocess, sys, tempfile

RLO, PDF = '\u202e', '\u202c'

# (name, input, accepted outputs). A case passes when the output is one of them.
CASES = [
    # Latin small capitals inside words.
    ('smallcap ᴡ hardᴡare', 'The new hardᴡare arrived on Monday and we set it up.', ['The new hardware arrived on Monday and we set it up.']),
    ('smallcaps ɢᴏᴏɢʟᴇ', 'I looked it up on ɢᴏᴏɢʟᴇ before the meeting.',
     ['I looked it up on %s before the meeting.' % w for w in ('google', 'Google', 'GOOGLE')]),
] + [
    ('smallcap %s %s' % (c, w.replace('?', c)), 'We all agreed that the %s part was the hardest.' % w.replace('?', c),
     ['We all agreed that the %s part was the hardest.' % w.replace('?', p)])
    for c, p, w in [('ʙ', 'b', 'la?our'), ('ʜ', 'h', 'ot?er'), ('ʟ', 'l', 'fina?'), ('ɴ', 'n', 'mai?'), ('ʀ', 'r', 'ea?ly'),
                    ('ᴛ', 't', 'las?'), ('ᴜ', 'u', 'ann?al'), ('ᴠ', 'v', 'sur?ey'), ('ᴢ', 'z', 'pu?zle'),
                    ('ꜱ', 's', 'fir?t'), ('ʏ', 'y', 'ver? first'), ('ɪ', 'i', 'f?nal')]
] + [
    # Latin ĸ ƅ ⱴ and script ɡ in English words.
    ('ĸ in make', 'Please maĸe sure the door is locked tonight.', ['Please make sure the door is locked tonight.']),
    ('ƅ in about', 'We talked aƅout the weather for an hour.', ['We talked about the weather for an hour.']),
    ('ⱴ in very', 'It was a ⱴery long day at the office.', ['It was a very long day at the office.']),
    ('ɡ in good', 'It was a ɡood day at the office.', ['It was a good day at the office.']),
    # Mathematical Greek κ π τ (and plain Greek κ τ) inside English words.
    ('math 𝜅 in make', 'Please ma𝜅e sure the door is locked tonight.', ['Please make sure the door is locked tonight.']),
    ('math 𝛋 in make', 'Please ma𝛋e sure the door is locked tonight.', ['Please make sure the door is locked tonight.']),
    ('math 𝜏 in after', 'We went home af𝜏er the meeting.', ['We went home after the meeting.']),
    ('math 𝛕 in after', 'We went home af𝛕er the meeting.', ['We went home after the meeting.']),
    ('math 𝜋 in the n of "went"', 'We we𝜋t home after the meeting.', ['We went home after the meeting.', 'We we𝜋t home after the meeting.']),
    ('greek κ in make', 'Please maκe sure the door is locked tonight.', ['Please make sure the door is locked tonight.']),
    ('greek τ in after', 'We went home afτer the meeting.', ['We went home after the meeting.']),
    # Repairs must map to a letter the character is drawn like, never the document's own letters.
    ('AlloΓ not AlloY', 'The AlloΓ team shipped a new release this week.',
     ['The AlloΓ team shipped a new release this week.']),
    ('xxцxx keeps Latin x', 'xxцxx', ['xxцxx', 'xxuxx']),
    ('xxцxx in prose keeps Latin x', 'The code xxцxx was printed on the box.', ['The code xxцxx was printed on the box.', 'The code xxuxx was printed on the box.']),
    # Bidi override over a run without letters (Trojan Source, SQL early return).
    ('RLO over /* (no PDF)', '    /* Populate admins ' + RLO + '/*', ['    /* Populate admins */']),
    ('RLO over /* in prose', 'The comment reads /* Populate admins ' + RLO + '/*\nand the rest follows.',
     ['The comment reads /* Populate admins */\nand the rest follows.']),
    ('RLO over digits', 'The code is ' + RLO + '4321' + PDF + ' today.', ['The code is 1234 today.']),
    # Names with look-alike digits; all-Cyrillic hyphenated names.
    ('х৪б for x86', 'The laptop has an х৪б processor and a USB port.', ['The laptop has an x86 processor and a USB port.']),
    ('x৪6 for x86', 'The laptop has an x৪6 processor and a USB port.', ['The laptop has an x86 processor and a USB port.']),
    ('x8б for x86', 'The laptop has an x8б processor and a USB port.', ['The laptop has an x86 processor and a USB port.']),
    ('mр3 (Cyrillic р)', 'Save the song as an mр3 file on the disk.', ['Save the song as an mp3 file on the disk.']),
    ('ѕсоре-рау alone', 'The ѕсоре-рау plan was signed last week.', ['The scope-pay plan was signed last week.']),
    ('со-ор alone', 'They joined the local со-ор last year.', ['They joined the local co-op last year.']),
    ('ѕсоре bare', 'The ѕсоре of the plan was agreed last week.', ['The scope of the plan was agreed last week.']),
    # Look-alikes where the document never uses the letter.
    ('alimɯita (Swahili, no other w)', 'Baba alimɯita daktari jana usiku.', ['Baba alimwita daktari jana usiku.']),
    ('alimɯi (issue token)', 'Yeye alimɯi jana.', ['Yeye alimwi jana.']),
    ('keþaitan (Indonesian, no other p)', 'Dia merasakan keþaitan yang dalam sekali.', ['Dia merasakan kepaitan yang dalam sekali.']),
    ('×86 (no other x)', 'The program runs on ×86 machines and on ARM.', ['The program runs on x86 machines and on ARM.']),
] + [
    # The same in a document under attack: another word holds a Cyrillic е.
    (n + ' (attacked document)', i.replace(' the ', ' thе ', 1), [x.replace(' the ', ' the ', 1) for x in w])
    for n, i, w in [
        ('smallcaps ɢᴏᴏɢʟᴇ', 'I looked it up on ɢᴏᴏɢʟᴇ before the meeting.',
         ['I looked it up on %s before the meeting.' % w for w in ('google', 'Google', 'GOOGLE')]),
        ('х৪б for x86', 'The laptop has an х৪б processor and the USB port.', ['The laptop has an x86 processor and the USB port.']),
        ('ѕсоре-рау', 'The ѕсоре-рау plan was signed by the board.', ['The scope-pay plan was signed by the board.']),
        ('со-ор', 'They joined the local со-ор last year.', ['They joined the local co-op last year.']),
        ('keþaitan', 'Dia merasakan keþaitan yang dalam, the end.', ['Dia merasakan kepaitan yang dalam, the end.']),
        ('×86', 'The program runs on ×86 machines and on the ARM.', ['The program runs on x86 machines and on the ARM.']),
    ]
]

# Legitimate text near the cases above: must come back byte for byte.
CONTROLS = [
    'The French r is pronounced [ʀ] or [ʁ] depending on the speaker.',
    'The word good is pronounced /ɡʊd/ in most dialects.',
    'Take 𝜋 = 3.14159 and 𝜏 = 2𝜋 for the circle.',
    'The Γ function extends the factorial.',
    'The screen is 1920×1080 pixels, and 3 × 86 = 258.',
    'Класс 1б и 2а ушли домой.',
    'Они жили в Ростов-на-Дону.',
    'He said ц is a Cyrillic letter.',
    'The κ statistic and the τ value were both low.',
]


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else None
    tmp = tempfile.mkdtemp(prefix='issue26-')
    if binary is None:
        binary = os.path.join(tmp, 'unspin')
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        subprocess.run(['go', 'build', '-o', binary, './cmd/unspin'], cwd=root, check=True)
    docs = [(n, i, w) for n, i, w in CASES] + [('control: ' + c, c, [c]) for c in CONTROLS]
    src = os.path.join(tmp, 'in.jsonl')
    with open(src, 'w', encoding='utf-8') as f:
        for k, (_, text, _) in enumerate(docs):
            f.write(json.dumps({'id': k, 'text': text}, ensure_ascii=False) + '\n')
    out = subprocess.run([binary, 'clean', src], capture_output=True, text=True).stdout
    got = [json.loads(l)['text'] for l in out.splitlines() if l.strip()]
    fails = 0
    for (name, text, want), g in zip(docs, got):
        ok = g in want
        fails += not ok
        print('%s\t%s\t%s' % ('PASS' if ok else 'FAIL', name, json.dumps(g, ensure_ascii=False)))
    print('%d of %d pass' % (len(docs) - fails, len(docs)))
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
