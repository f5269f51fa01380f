#!/usr/bin/env python3
"""Writes a synthetic ministry straight into maildir, a Sent folder in every mailbox for scripts/bench (file mtime = INTERNALDATE, ':2,S' = seen).

  bench-generate.py create MAILROOT PERSONAL UNITS MESSAGES   # users.txt, units.txt, personal.txt in MAILROOT/..
  bench-generate.py add MAILROOT SHARE                        # SHARE (e.g. 0.02) more messages, new and unseen
  bench-generate.py directory OUTDIR PERSONAL UNITS           # OUTDIR/vmail.sql (iRedMail rows), OUTDIR/roster.csv

The directory holds the same addresses as the mailboxes (nvNNNNN personal, donviNNN unit mailboxes), and a
realistic share of what the checks look for: initial passwords never changed, passwords past their age, forwarding
to free webmail, groups with an outside member, leavers whose mailbox is still active, staff without a mailbox,
personal mailboxes nobody logs into.
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
    users = [personal_address(i) for i in range(1, personal + 1)]
    unit_users = [unit_address(i) for i in range(1, units + 1)]
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


def personal_address(i):
    return "nv%05d@%s" % (i, DOMAIN)


def unit_address(u):
    return "donvi%03d@%s" % (u, DOMAIN)


def sql_text(value):
    return "NULL" if value is None else "'" + str(value).replace("\\", "\\\\").replace("'", "''") + "'"


def insert_rows(out, table, columns, rows, per_statement=1000):
    for start in range(0, len(rows), per_statement):
        out.write("INSERT INTO %s (%s) VALUES\n" % (table, ", ".join(columns)))
        out.write(",\n".join("(" + ", ".join(sql_text(v) for v in row) + ")"
                             for row in rows[start:start + per_statement]))
        out.write(";\n")


def directory(out_dir, personal, units):
    random.seed(43)
    now = time.time()
    day = 86400
    stamp = lambda t: time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(t))
    mailboxes, last_login, forwardings, aliases, roster = [], [], [], [], []
    unit_of = lambda i: 1 + (i - 1) % units
    for i in range(1, personal + 1):
        address = personal_address(i)
        created = now - random.uniform(400, 2000) * day
        r = random.random()
        changed = ("1970-01-01 01:01:01" if r < 0.08 else stamp(now - random.uniform(100, 400) * day) if r < 0.25
                   else stamp(now - random.uniform(1, 85) * day))
        mailboxes.append((address, "Nhân viên %05d" % i, DOMAIN, "DV%03d" % unit_of(i), "E%06d" % i,
                          stamp(created), changed, 1))
        login = now - (random.uniform(30, 90) if random.random() < 0.05 else random.uniform(0, 3)) * day
        last_login.append((address, DOMAIN, int(login), None, None))
        if random.random() < 0.02:
            forwardings.append((address, "nv%05d.canhan@gmail.com" % i, DOMAIN, "gmail.com", 0, 1))
        left_on = (time.strftime("%Y-%m-%d", time.localtime(now - random.uniform(40, 300) * day))
                   if random.random() < 0.01 else "")
        roster.append(("DV%03d" % unit_of(i), "Đơn vị %03d" % unit_of(i), "Nhân viên %05d" % i, "E%06d" % i,
                       address, "personal", left_on))
    for u in range(1, units + 1):
        address = unit_address(u)
        mailboxes.append((address, "Hộp thư Đơn vị %03d" % u, DOMAIN, "DV%03d" % u, "", stamp(now - 2000 * day),
                          stamp(now - random.uniform(1, 120) * day), 1))
        roster.append(("DV%03d" % u, "Đơn vị %03d" % u, "Hộp thư Đơn vị %03d" % u, "", address, "unit", ""))
        if random.random() < 0.1:
            roster.append(("DV%03d" % u, "Đơn vị %03d" % u, "Nhân viên mới %03d" % u, "N%05d" % u, "", "personal",
                           ""))
    for g in range(1, max(1, units // 4) + 1):
        group = "nhom%03d@%s" % (g, DOMAIN)
        aliases.append((group, "Nhóm %03d" % g, DOMAIN, stamp(now - 1500 * day), 1))
        members = [personal_address(random.randint(1, personal)) for _ in range(5)]
        if g % 10 == 1:
            members.append("doitac%03d@yahoo.com" % g)
        for member in sorted(set(members)):
            forwardings.append((group, member, DOMAIN, member.split("@")[1], 1, 0))
        roster.append(("DV%03d" % (1 + (g - 1) % units), "Đơn vị %03d" % (1 + (g - 1) % units), "Nhóm %03d" % g,
                       "", group, "group", ""))
    with open(os.path.join(out_dir, "vmail.sql"), "w", encoding="utf-8") as out:
        out.write("SET NAMES utf8mb4;\n")
        insert_rows(out, "domain", ["domain"], [(DOMAIN,)])
        insert_rows(out, "mailbox", ["username", "name", "domain", "department", "employeeid", "created",
                                     "passwordlastchange", "active"], mailboxes)
        insert_rows(out, "last_login", ["username", "domain", "imap", "pop3", "lda"], last_login)
        insert_rows(out, "alias", ["address", "name", "domain", "created", "active"], aliases)
        insert_rows(out, "forwardings", ["address", "forwarding", "domain", "dest_domain", "is_list",
                                         "is_forwarding"], forwardings)
    with open(os.path.join(out_dir, "roster.csv"), "w", encoding="utf-8", newline="") as out:
        out.write("unit_code,unit_name,full_name,employee_id,mailbox,mailbox_kind,left_on\n")
        out.writelines(",".join(row) + "\n" for row in roster)
    print("generated a directory of %d mailboxes, %d groups, %d roster rows" % (len(mailboxes), len(aliases),
                                                                                len(roster)))


if __name__ == "__main__":
    if sys.argv[1] == "directory":
        directory(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif sys.argv[1] == "create":
        create(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    else:
        add(sys.argv[2], float(sys.argv[3]))
