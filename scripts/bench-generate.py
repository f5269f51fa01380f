#!/usr/bin/env python3
"""Writes a synthetic ministry straight into maildir for scripts/bench (file mtime = INTERNALDATE, ':2,S' = seen).

  bench-generate.py create MAILROOT PERSONAL UNITS MESSAGES   # users.txt, units.txt, personal.txt in MAILROOT/..
  bench-generate.py add MAILROOT SHARE                        # SHARE (e.g. 0.02) more messages, new and unseen
"""
import os
import random
import sys
import time

DOMAIN = "bench.gov.vn"
SENDERS = ["vanthu@most.gov.vn", "no-reply@facebookmail.com", "thongbao@vietcombank.com.vn",
           "news@shopee.vn", "lienhe@chinhphu.vn", "hop@most.gov.vn"]
SUBJECTS = ["Công văn số {n}/BKHCN-VP", "Giấy mời họp ngày {d}", "Thông báo lịch trực {n}",
            "Re: Báo cáo tháng {d}", "Your account security notice {n}"]


def message(n, when):
    subject = random.choice(SUBJECTS).format(n=n, d=time.strftime("%d/%m", time.gmtime(when)))
    return ("From: {s}\r\nTo: user@{d}\r\nSubject: {subj}\r\nDate: {date}\r\nMessage-ID: <{n}.{w}@bench>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nNội dung thư {n}.\r\n").format(
        s=random.choice(SENDERS), d=DOMAIN, subj=subject, n=n, w=int(when),
        date=time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(when))).encode("utf-8")


def write(maildir, n, when, seen, folder):
    data = message(n, when)
    name = "{t}.M{n}P{p}.bench,S={size}:2,{flags}".format(t=int(when), n=n, p=os.getpid(), size=len(data),
                                                        flags="S" if seen else "")
    path = os.path.join(maildir, folder, name)
    with open(path, "wb") as f:
        f.write(data)
    os.utime(path, (when, when))


def create(root, personal, units, messages):
    random.seed(42)
    users = ["nv%05d@%s" % (i, DOMAIN) for i in range(1, personal + 1)]
    unit_users = ["donvi%03d@%s" % (i, DOMAIN) for i in range(1, units + 1)]
    everyone = users + unit_users
    now = time.time()
    per_mailbox = max(1, messages // len(everyone))
    n = 0
    for address in everyone:
        maildir = os.path.join(root, address)
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(maildir, sub), exist_ok=True)
        unit = address in unit_users
        for _ in range(per_mailbox):
            n += 1
            when = now - random.uniform(0, 365 * 86400)
            seen = random.random() > (0.05 if unit else 0.3)
            write(maildir, n, when, seen, "cur")
    parent = os.path.dirname(root.rstrip("/"))
    with open(os.path.join(parent, "users.txt"), "w") as f:
        f.write("\n".join(everyone) + "\n")
    with open(os.path.join(parent, "units.txt"), "w") as f:
        f.write("\n".join(unit_users) + "\n")
    print("generated %d mailboxes, %d messages" % (len(everyone), n))


def add(root, share):
    random.seed(7)
    mailboxes = sorted(os.listdir(root))
    total = sum(len(os.listdir(os.path.join(root, m, "cur"))) for m in mailboxes)
    count = int(total * share)
    now = time.time()
    for i in range(count):
        write(os.path.join(root, random.choice(mailboxes)), 10_000_000 + i, now - random.uniform(0, 3600), False,
              "new")
    print("added %d messages" % count)


if __name__ == "__main__":
    if sys.argv[1] == "create":
        create(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    else:
        add(sys.argv[2], float(sys.argv[3]))
