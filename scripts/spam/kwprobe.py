#!/usr/bin/env python3
"""Probes which keyword shapes a call to action's removal still catches: each keyword of a list (one
word, a brand, "how to ...", a number, plain words, Title Case, the trade's) in three calls to action
of the training families' kind, in short texts with no other insertion; prints, for each keyword
whose count differs between the binaries given, how many of its three calls each removes, and the
totals. It shows what the precision rules (a plain topic, a lone word) cost where the generated sets
have no such keyword. A developer's yardstick, not needed to build or test.

Usage: scripts/spam/kwprobe.py UNSPIN_BINARY...
"""
import json, subprocess, sys
kws = ["how to lose weight fast","how to make money online","best way to learn Spanish","what is bitcoin mining","why buy gold coins",
"1 bedroom apartments Miami","24 hour locksmith","top 10 casino bonuses","2024 tax calculator","iPhone 15 repair",
"1xBet","bet365","PokerStars","mostbet","Vavada","Viagra","cialis","casino","forex","crypto",
"luxury watches for men","healthy recipes","kitchen remodel ideas","home workout plans","garden furniture sale",
"wedding dresses","used cars","cheap hotels","flower delivery","pet insurance","dog training tips","yoga mats",
"hair extensions","teeth whitening","car accident lawyer","roof repair","moving company","plumber near me",
"Cheap Flights To Paris","Best VPN Service","Online Casino Real Money","Web Design Company","SEO Services London",
"dentist in Brooklyn","personal loans for bad credit","buy followers on Instagram","essay writing help","CBD oil",
"solar panels and batteries","cats and dogs supplies","tips and tricks for SEO","news about bitcoin","the best casino",
"our casino","my blog","more details","opening hours","course materials","parking information","the trip",
]
tpls = ["Members argued for hours about the cost of road repairs and the pay of teachers. For more info about {K} visit our website.",
"The city council met on Tuesday to discuss the new budget. If you have any questions about {K}, you can contact us at our web site.",
"Several residents spoke in favor of a new library on the east side. Here is more information regarding {K} check out our webpage."]
docs=[]
for k in kws:
    for n,t in enumerate(tpls):
        docs.append({'id':f'{k}|{n}','text':t.replace('{K}',k)})
inp=''.join(json.dumps(d)+'\n' for d in docs)
res={}
for b in sys.argv[1:]:
    out=subprocess.run([b,'clean','--jsonl','--explain'],input=inp.encode(),capture_output=True).stdout.decode().splitlines()
    res[b]={json.loads(l)['id']: bool(json.loads(l)['unspin']['edits']) for l in out}
bs=sys.argv[1:]
for k in kws:
    row=[sum(res[b][f'{k}|{n}'] for n in range(3)) for b in bs]
    if len(set(row))>1: print(f'{k:40s}', row)
for b in bs: print(b, sum(res[b].values()), 'of', len(docs))
