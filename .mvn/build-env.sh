# Sourced (POSIX sh) by ./mvnw and .ci/run before Maven starts.
# It makes usable what a fresh machine may lack for this build:
#  - a JDK of release 21 or newer for Maven itself (Vaadin 25 needs it; the machine default may be older),
#  - Node.js 24 with npm for Vaadin's frontend build (Vaadin's own Node download cannot reach its host here),
#    fetched once from the npm registry as the packages node-linux-<arch> and npm into a cache folder.
# Set KUNDENPORTAL_NODE_HOME to choose that folder; JAVA_HOME pointing at a JDK >= 21 is always kept.

kp_java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

kp_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(kp_java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  kp_best=""
  kp_best_major=20
  for kp_jdk in /usr/lib/jvm/* /opt/java/openjdk /usr/local/openjdk*; do
    [ -x "$kp_jdk/bin/javac" ] || continue
    kp_major=$(kp_java_major "$kp_jdk/bin/java")
    if [ "${kp_major:-0}" -gt "$kp_best_major" ] 2>/dev/null; then
      kp_best=$kp_jdk
      kp_best_major=$kp_major
    fi
  done
  if [ -n "$kp_best" ]; then
    JAVA_HOME=$(cd "$kp_best" && pwd -P)
    export JAVA_HOME
  elif command -v javac >/dev/null 2>&1 && [ "$(kp_java_major java)" -ge 21 ] 2>/dev/null; then
    return 0
  else
    echo "This build needs a JDK of release 21 or newer (25 recommended); set JAVA_HOME to one." >&2
    return 1
  fi
}

kp_node_major() {
  "$1" --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\).*/\1/p'
}

kp_install_node() {
  kp_home=$1
  case "$(uname -m)" in
    x86_64 | amd64) kp_arch=x64 ;;
    aarch64 | arm64) kp_arch=arm64 ;;
    *) echo "No Node.js 24 package known for $(uname -m); install Node.js 24 and put it on PATH." >&2; return 1 ;;
  esac
  if ! command -v npm >/dev/null 2>&1; then
    echo "Node.js 24 is missing and there is no npm to fetch it; install Node.js 24 and put it on PATH." >&2
    return 1
  fi
  kp_work=$(mktemp -d)
  echo "Installing Node.js 24 and npm 11 from the npm registry into $kp_home ..." >&2
  if ! (cd "$kp_work" && npm pack --silent "node-linux-$kp_arch@24" npm@11 >/dev/null 2>"$kp_work/npm.log"); then
    cat "$kp_work/npm.log" >&2
    rm -rf "$kp_work"
    return 1
  fi
  mkdir -p "$kp_work/node/lib/node_modules/npm"
  tar xzf "$kp_work"/node-linux-*.tgz -C "$kp_work/node" --strip-components=1
  tar xzf "$kp_work"/npm-*.tgz -C "$kp_work/node/lib/node_modules/npm" --strip-components=1
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$kp_work/node/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$kp_work/node/bin/npx"
  rm -rf "$kp_home"
  mkdir -p "$(dirname "$kp_home")"
  mv "$kp_work/node" "$kp_home"
  rm -rf "$kp_work"
  echo "Node.js $("$kp_home/bin/node" --version) installed." >&2
}

kp_ensure_node() {
  if command -v node >/dev/null 2>&1 && [ "$(kp_node_major node)" -ge 24 ] 2>/dev/null; then
    return 0
  fi
  kp_node_home=${KUNDENPORTAL_NODE_HOME:-${HOME}/.cache/kundenportal/node24}
  if [ "$(kp_node_major "$kp_node_home/bin/node")" != 24 ]; then
    kp_install_node "$kp_node_home" || return 1
  fi
  PATH="$kp_node_home/bin:$PATH"
  export PATH
}

kp_pick_jdk || exit 1
kp_ensure_node || exit 1
