#include "journal/Sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace cd {

struct Sha256::Context {
    EVP_MD *md = nullptr; // fetched once: an implicit fetch on every digest is measurably slower
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256()
    : m_context(new Context)
{
    m_context->md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    m_context->ctx = EVP_MD_CTX_new();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context->ctx);
    EVP_MD_free(m_context->md);
    delete m_context;
}

QByteArray Sha256::hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool done = m_context->md && m_context->ctx && EVP_DigestInit_ex(m_context->ctx, m_context->md, nullptr) == 1 &&
                      EVP_DigestUpdate(m_context->ctx, data.data(), size_t(data.size())) == 1 &&
                      EVP_DigestFinal_ex(m_context->ctx, digest, &length) == 1 && length == 32;
    if (!done) // a libcrypto without SHA-256 (a FIPS or stripped build): the same digest, slower
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    static const char digits[] = "0123456789abcdef";
    QByteArray out(64, Qt::Uninitialized);
    for (unsigned int i = 0; i < 32; ++i) {
        out[2 * i] = digits[digest[i] >> 4];
        out[2 * i + 1] = digits[digest[i] & 15];
    }
    return out;
}

} // namespace cd
