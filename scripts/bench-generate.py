#!/usr/bin/env python3
"""Writes a synthetic ministry straight into maildir, a Sent folder in every mailbox for scripts/bench (file mtime = INTERNALDATE, ':2,S' = seen).

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


SENT_TO = ["vanthu@most.gov.vn", "vp@most.gov.vn", "lienhe@chinhphu.vn", "congdan{n}@gmail.com",
           "doanhnghiep{n}@yahoo.com", "so-khcn@hanoi.gov.vn"]
SENT_TYPES = ["text/plain; charset=utf-8",
              'multipart/signed; protocol="application/x-pkcs7-signature"; micalg=sha-256; boundary="b{n}"',
              'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="b{n}"',
              "application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m"]


def sent_message(n, when, sender):
    """A message of the mailbox's Sent folder: from the mailbox, to colleagues, other agencies or free webmail;
    about half signed (S/MIME headers only: the scan never reads a body)."""
    content_type = random.choices(SENT_TYPES, weights=[50, 25, 20, 5])[0].format(n=n)
    return ("From: {s}\r\nTo: {t}\r\nSubject: {subj}\r\nDate: {date}\r\nMessage-ID: <{n}.{w}@bench>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: {ct}\r\n\r\nNội dung thư {n}.\r\n").format(
        s=sender, t=random.choice(SENT_TO).format(n=n % 500), subj="Re: Công văn số %d/BKHCN-VP" % n, n=n,
        w=int(when), ct=content_type, date=time.strftime("%a, %d %b %Y %H:%M:%S +0000",
                                                         time.gmtime(when))).encode("utf-8")


def write(maildir, n, when, seen, folder, data=None):
    data = data if data is not None else message(n, when)
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
        # About one sent message per four received, in the Sent folder (maildir++ ".Sent").
        sent = os.path.join(maildir, ".Sent")
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(sent, sub), exist_ok=True)
        open(os.path.join(sent, "maildirfolder"), "w").close()
        for _ in range(max(1, per_mailbox // 4)):
            n += 1
            when = now - random.uniform(0, 365 * 86400)
            write(sent, n, when, True, "cur", sent_message(n, when, address))
    parent = os.path.dirname(root.rstrip("/"))
    with open(os.path.join(parent, "users.txt"), "w") as f:
        f.write("\n".join(everyone) + "\n")
    with open(os.path.join(parent, "units.txt"), "w") as f:
        f.write("\n".join(unit_users) + "\n")
    print("generated %d mailboxes, %d messages (about one in five in Sent)" % (len(everyone), n))


def add(root, share):
    random.seed(7)
    # The ministry's mailboxes (the auditor's own, made by its shared-namespace logins, has no Sent folder).
    mailboxes = sorted(m for m in os.listdir(root) if os.path.isdir(os.path.join(root, m, ".Sent")))
    total = sum(len(os.listdir(os.path.join(root, m, "cur"))) for m in mailboxes)
    count = int(total * share)
    now = time.time()
    for i in range(count):
        mailbox = random.choice(mailboxes)
        when = now - random.uniform(0, 3600)
        if i % 5 == 4:  # one new message in five is one the mailbox sent
            write(os.path.join(root, mailbox, ".Sent"), 10_000_000 + i, when, True, "new",
                  sent_message(10_000_000 + i, when, mailbox))
        else:
            write(os.path.join(root, mailbox), 10_000_000 + i, when, False, "new")
    print("added %d messages" % count)


if __name__ == "__main__":
    if sys.argv[1] == "create":
        create(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    else:
        add(sys.argv[2], float(sys.argv[3]))
