# Sourced by ./mvnw and ./mdscape: sets JAVA_HOME to a JDK >= 25 or explains what to install.
# Order: JAVA_HOME, then `java` on PATH, then the usual install folders of Linux, macOS and SDKMAN.

mdscape_java_major() {
  # Prints the feature version of the java binary $1 (e.g. 25), or nothing.
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

mdscape_find_jdk() {
  local candidate major
  for candidate in \
      "${JAVA_HOME:-}" \
      "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")" \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(mdscape_java_major "$candidate/bin/java")
    case "$major" in ''|*[!0-9]*) continue ;; esac
    if [ "$major" -ge 25 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "MDScape needs a JDK 25 or newer and found none (looked at JAVA_HOME, java on PATH and the usual install folders)." >&2
  echo "Install one, e.g. Temurin 25 (https://adoptium.net) or your system's openjdk-25-jdk package, then set JAVA_HOME to it." >&2
  return 1
}
