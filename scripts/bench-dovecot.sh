# The private Dovecot of the benchmarks (sourced by scripts/bench and scripts/bench-job), configured like the test
# harness: own base, state and log directories in WORK, a free port of 127.0.0.1, no TLS, passwd-file users (every
# address of WORK/users.txt with PASSWORD), a master user "auditor" with "*" as separator, and the shared namespace of
# login shared (the auditor is also a normal user, granted lookup and read by a global ACL). Stock service settings
# unless BENCH_TUNED_DOVECOT=1 applies the README's login tuning.
#
#   bench_dovecot_start WORK MAILROOT PASSWORD    sets conf, port and dovecot_kind; stop with: doveadm -c "$conf" stop

bench_dovecot_start() {
  local work="$1" mail="$2" password="$3"
  conf="$work/dovecot.conf"
  awk -v p="$password" '{ print $0 ":{PLAIN}" p "::::::" }' "$work/users.txt" > "$work/passwd"
  echo "auditor:{PLAIN}$password::::::" > "$work/master-users"
  # login shared: the auditor is also a normal user, with the same password, allowed lookup and read by a global ACL.
  echo "auditor:{PLAIN}$password::::::" >> "$work/passwd"
  echo "* user=auditor lr" > "$work/global-acl"
  chown -R dovecot:dovecot "$mail"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  login_tuning=''; imap_tuning=''; dovecot_kind="stock Dovecot"
  if [ -n "${BENCH_TUNED_DOVECOT:-}" ]; then
    login_tuning='service_count = 0'
    imap_tuning='service imap {
    service_count = 1000
    process_min_avail = 8
  }'
    dovecot_kind="tuned Dovecot (README login tuning)"
  fi
  tuning='service imap-login {
    '"$login_tuning"'
    inet_listener imap {
      address = 127.0.0.1
      port = '"$port"'
    }
    inet_listener imaps {
      port = 0
    }
  }
  '"$imap_tuning"
  cat > "$conf" <<CONF
  base_dir = $work/run
  state_dir = $work/state
  log_path = $work/dovecot.log
  instance_name = mailbox-bench-$port
  protocols = imap
  listen = 127.0.0.1
  ssl = no
  disable_plaintext_auth = no
  auth_mechanisms = plain login
  auth_failure_delay = 0
  auth_master_user_separator = *
  mail_uid = dovecot
  mail_gid = dovecot
  first_valid_uid = 100
  mail_location = maildir:$mail/%u
  namespace inbox {
    inbox = yes
    mailbox Sent {
      special_use = \\Sent
    }
  }
  mail_plugins = \$mail_plugins acl
  protocol imap {
    mail_plugins = \$mail_plugins imap_acl
  }
  plugin {
    acl = vfile:$work/global-acl
  }
  namespace shared {
    type = shared
    separator = /
    prefix = shared/%%u/
    location = maildir:$mail/%%u
    subscriptions = no
    list = no
  }
  passdb {
    driver = passwd-file
    args = $work/master-users
    master = yes
    result_success = continue
  }
  passdb {
    driver = passwd-file
    args = $work/passwd
  }
  userdb {
    driver = passwd-file
    args = $work/passwd
  }
  service anvil {
    unix_listener anvil-auth-penalty {
      mode = 0
    }
  }
  $tuning
CONF
  /usr/sbin/dovecot -c "$conf"
}
