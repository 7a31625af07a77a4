#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cd {

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions where it has them:
// verifying a million events is mostly hashing, and QCryptographicHash's portable code is
// several times slower. The digests are the same bytes, so old journals verify unchanged.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    // The lower-case hex digest of `data` (64 characters).
    QByteArray hex(QByteArrayView data);

private:
    struct Context;
    Context *m_context;
};

} // namespace cd
