#include "ImageCheck.h"

#include <QLocale>

ImageCheck ImageCheck::evaluate(qint64 bytes, const QSize &size, const QString &format)
{
    ImageCheck check;
    check.state = State::Checked;
    check.bytes = bytes;
    check.size = size;
    check.format = format;
    if (bytes > MaxBytes) {
        check.problems.append(tr("The file is %1, but at most 10 MB are allowed.")
                                  .arg(QLocale().formattedDataSize(bytes)));
    }
    if (!size.isValid()) {
        check.problems.append(tr("This is not an image the chat can show."));
    } else if (size.width() < MinSide || size.height() < MinSide) {
        check.problems.append(tr("The image is %1 × %2 px, but it must be at least %3 × %3 px.")
                                  .arg(size.width())
                                  .arg(size.height())
                                  .arg(MinSide));
    }
    return check;
}

ImageCheck ImageCheck::failed(const QString &why)
{
    ImageCheck check;
    check.state = State::Failed;
    check.failure = why;
    return check;
}

ImageCheck ImageCheck::tooLarge(qint64 atLeastBytes)
{
    ImageCheck check;
    check.state = State::Checked;
    check.bytes = atLeastBytes;
    check.problems.append(tr("The file is larger than 10 MB; the download was stopped there."));
    return check;
}

QString ImageCheck::summary() const
{
    switch (state) {
    case State::Empty:
        return tr("No picture.");
    case State::Loading:
        return tr("Checking the picture…");
    case State::Failed:
        return tr("Could not check the picture: %1").arg(failure);
    case State::Checked:
        break;
    }
    if (!problems.isEmpty())
        return tr("✗ %1").arg(problems.join(u' '));
    return tr("✓ %1 × %2 px, %3 %4 — within the limits (≤ 10 MB, ≥ 190 × 190 px).")
        .arg(size.width())
        .arg(size.height())
        .arg(QLocale().formattedDataSize(bytes), format.toUpper());
}
