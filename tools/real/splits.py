#!/usr/bin/env python3
"""Writes the measuring splits of corpus/real as folders of symlinks to gold files: python3 tools/real/splits.py OUTDIR

testfinal   every test stem (gold/test)
testscan    the test stems up to R522 (the scans the README measures)
trainread   the train stems R001-R511 that rule writers read, less the 17 moved from test in sessions 31-35
even, odd   trainread by the parity of the R number (rule writers read one half and measure on the other)
oddclean    odd without the stems of tools/real/odd-named.txt (named to rule writers by mistake: odd is no longer
            wholly unread)
movedfinal  those 17 moved stems
ahtrain ... the train half of each later batch (R512-R522, R523-R534, ...), first measured unread
batches     the union of those train halves (R512 on; read)
unruled-even, unruled-odd, unruled-held   the stems of tools/real/unruled-sets/*.txt (render them with
            tools/real/render-pdf-rules.sh DIR none STEM...; held were test stems when chosen: aggregates only)
unruled-heldtest  the held stems still in test
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, '..', '..', 'corpus', 'real', 'gold'))
MOVED = {f'R{n:03d}' for n in (9, 31, 48, 71, 119, 122, 156, 160, 171, 192, 228, 230, 275, 284, 392, 405, 446)}
BATCHES = [('ahtrain', 512, 522), ('aitrain', 523, 534), ('ajtrain', 535, 546), ('aktrain', 547, 558),
           ('altrain', 559, 570), ('amtrain', 571, 582), ('antrain', 583, 594),
           ('aotrain', 595, 606), ('aptrain', 607, 618), ('aqtrain', 619, 630), ('artrain', 631, 642), ('astrain', 643, 654), ('attrain', 655, 666), ('autrain', 667, 678), ('avtrain', 679, 690), ('awtrain', 691, 702), ('axtrain', 703, 714), ('aytrain', 715, 726), ('aztrain', 727, 738), ('batrain', 739, 750), ('bbtrain', 751, 762), ('bctrain', 763, 774), ('bdtrain', 775, 786), ('betrain', 787, 798), ('bftrain', 799, 810), ('bgtrain', 811, 822), ('bhtrain', 823, 834), ('bitrain', 835, 846), ('bjtrain', 847, 858), ('bktrain', 859, 870), ('bltrain', 871, 878), ('bmtrain', 879, 888), ('bntrain', 889, 898)]


def stems(split):
    return sorted(f[:-5] for f in os.listdir(os.path.join(GOLD, split)) if f.endswith('.json'))


def number(stem):
    return int(stem[1:4])


def named_odd():
    with open(os.path.join(HERE, 'odd-named.txt'), encoding='utf-8') as f:
        return {line.strip() for line in f if line.strip() and not line.startswith('#')}


def main(out):
    train, test = stems('train'), stems('test')
    named = named_odd()
    read = [s for s in train if number(s) <= 511 and s[:4] not in MOVED]
    splits = {
        'testfinal': [('test', s) for s in test],
        'testscan': [('test', s) for s in test if number(s) <= 522],
        'trainread': [('train', s) for s in read],
        'even': [('train', s) for s in read if number(s) % 2 == 0],
        'odd': [('train', s) for s in read if number(s) % 2 == 1],
        'oddclean': [('train', s) for s in read if number(s) % 2 == 1 and s[:4] not in named],
        'movedfinal': [('train', s) for s in train if s[:4] in MOVED],
    }
    for name, low, high in BATCHES:
        splits[name] = [('train', s) for s in train if low <= number(s) <= high]
    splits['batches'] = [item for name, _, _ in BATCHES for item in splits[name]]
    where = {s: 'train' for s in train} | {s: 'test' for s in test}
    for name in ('even', 'odd', 'held'):
        with open(os.path.join(HERE, 'unruled-sets', f'{name}.txt'), encoding='utf-8') as f:
            splits[f'unruled-{name}'] = [(where[s], s) for s in (line.strip() for line in f) if s]
    # Stems of the held renders moved to train since they were chosen are no longer held out.
    splits['unruled-heldtest'] = [item for item in splits['unruled-held'] if item[0] == 'test']
    for name, items in splits.items():
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        for split, stem in items:
            link = os.path.join(folder, stem + '.json')
            if not os.path.lexists(link):
                os.symlink(os.path.join(GOLD, split, stem + '.json'), link)
        print(f'{name} {len(items)}')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: tools/real/splits.py OUTDIR')
    main(sys.argv[1])
