#!/usr/bin/env sh
# Fails when code under app/ or ui/ weakens TLS or the keychain (issue 7):
#   - any ignoreSslErrors call or reference (every overload, slots and pointers included),
#   - QSslSocket::VerifyNone or QueryPeer anywhere (setPeerVerifyMode, QSslConfiguration, ...):
#     both accept a certificate that does not verify,
#   - setInsecureFallback with anything but a literal false (QtKeychain would then keep secrets
#     in a plain file when no keychain answers). Write the call on one line.
# Whole-line comments and trailing " // ..." comments are not code and are skipped.
#
#   check-insecure-calls.sh SOURCE_DIR     check app/ and ui/ under SOURCE_DIR
#   check-insecure-calls.sh --self-test    prove that every rule fires (and only then)
set -eu

# Prints "file:line: why" for each finding under $1; exits 1 when there is one.
check() {
    root="$1"
    found=0
    files=$(cd "$root" && find app ui -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.hpp' \
        -o -name '*.cc' -o -name '*.mm' \) 2>/dev/null | sort)
    for file in $files; do
        # Number the lines, then blank out comments so that a note saying "never call
        # ignoreSslErrors" does not count.
        code=$(sed -E -e 's#^[[:space:]]*(//|/\*|\*([[:space:]]|/|$)).*##' -e 's#[[:space:]]//.*$##' \
            "$root/$file" | grep -n '' || true)
        report() {
            printf '%s\n' "$code" | grep -E "$1" | grep -Ev "${3:-^$}" | while IFS= read -r hit; do
                printf '%s:%s: %s\n' "$file" "${hit%%:*}" "$2"
            done
        }
        out=$(
            report 'ignoreSslErrors' 'ignores TLS errors (ignoreSslErrors)'
            report 'VerifyNone|QueryPeer' 'turns off certificate verification (VerifyNone/QueryPeer)'
            report 'setInsecureFallback' 'QtKeychain insecure fallback not literally false' \
                'setInsecureFallback[[:space:]]*\([[:space:]]*false[[:space:]]*\)'
        )
        if [ -n "$out" ]; then
            printf '%s\n' "$out" >&2
            found=1
        fi
    done
    return "$found"
}

# Each forbidden form alone in a scratch tree must fail the check; the allowed forms must pass.
self_test() {
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/app/core" "$scratch/ui"
    allowed='job->setInsecureFallback(false);
// Never call reply->ignoreSslErrors() here: a bad certificate must fail.
    /* QSslSocket::VerifyNone is what this must never use */
QUrl url(u"https://example.com//x"_s); // the secret never leaves: no ignoreSslErrors
job->setInsecureFallback( false );'
    printf '%s\n' "$allowed" >"$scratch/app/core/Allowed.cpp"
    check "$scratch" || { echo "self-test: allowed code was flagged" >&2; exit 1; }

    status=0
    while IFS= read -r line; do
        [ -n "$line" ] || continue
        printf '%s\n' "$line" >"$scratch/ui/Injected.cpp"
        if check "$scratch" 2>/dev/null; then
            echo "self-test: not flagged: $line" >&2
            status=1
        fi
    done <<'EOF_FORMS'
reply->ignoreSslErrors();
reply->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate)});
connect(reply, &QNetworkReply::sslErrors, reply, qOverload<>(&QNetworkReply::ignoreSslErrors));
socket.ignoreSslErrors(errors);
config.setPeerVerifyMode(QSslSocket::VerifyNone);
socket->setPeerVerifyMode(QSslSocket::QueryPeer);
auto mode = QSslSocket::VerifyNone;
job->setInsecureFallback(true);
job->setInsecureFallback(!secure);
job->setInsecureFallback(m_allowPlainFile);
    *reply->ignoreSslErrors();
EOF_FORMS
    rm "$scratch/ui/Injected.cpp"
    [ "$status" -eq 0 ] && echo "self-test: every forbidden form is flagged, allowed code passes"
    exit "$status"
}

case "${1:-}" in
--self-test) self_test ;;
"") echo "usage: $0 SOURCE_DIR | --self-test" >&2; exit 2 ;;
*)
    if check "$1"; then
        echo "No TLS bypass and no insecure keychain fallback under app/ and ui/."
    else
        echo "Insecure calls found (see above): TLS errors and the keychain fallback stay strict." >&2
        exit 1
    fi
    ;;
esac
