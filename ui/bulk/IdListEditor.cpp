#include "IdListEditor.h"

#include "DialogService.h"
#include "UserIdListParser.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxIssuesShown = 500;
constexpr qsizetype MaxTextShown = 2'000'000; // characters; bigger files are parsed, not shown
} // namespace

IdListEditor::IdListEditor(DialogService *prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_text(new QPlainTextEdit(this))
    , m_open(new QPushButton(tr("&Open file…"), this))
    , m_summary(new QLabel(this))
    , m_issues(new QListWidget(this))
    , m_skipEncrypted(new QCheckBox(tr("Leave out IDs that look encrypted"), this))
{
    setAcceptDrops(true);
    m_text->setObjectName(u"idText"_s);
    m_text->setAccessibleName(tr("User IDs"));
    m_text->setPlaceholderText(tr("Paste user IDs, or drop a .csv or .txt file here. Commas, "
                                  "semicolons, tabs, spaces and new lines all separate IDs."));
    m_text->setAcceptDrops(false); // the editor takes the drop and reads the file itself
    m_text->setTabChangesFocus(true); // tabs in pasted text still separate IDs
    m_open->setObjectName(u"openIdFile"_s);
    m_open->setAccessibleName(tr("Open a file of user IDs"));
    m_summary->setObjectName(u"idSummary"_s);
    m_summary->setWordWrap(true);
    m_issues->setObjectName(u"idIssues"_s);
    m_issues->setAccessibleName(tr("Flagged values"));
    m_issues->setMaximumHeight(110);
    m_skipEncrypted->setObjectName(u"skipEncrypted"_s);
    m_skipEncrypted->setChecked(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_skipEncrypted);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &IdListEditor::parseNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_fileBytes.clear();
        m_debounce.start();
    });
    connect(m_skipEncrypted, &QCheckBox::toggled, this, [this] {
        show(m_list);
        emit parsed();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_prompts)
            return;
        m_prompts->chooseOpenFile(this, tr("Open user IDs"),
                                  tr("ID lists (*.csv *.txt);;All files (*)"),
                                  [this](const QString &path) {
                                      if (!path.isEmpty())
                                          loadFile(path);
                                  });
    });
    show({});
}

void IdListEditor::setText(const QString &text)
{
    m_text->setPlainText(text);
    m_debounce.stop();
    parseNow();
}

void IdListEditor::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString text = UserIdListParser::decode(bytes);
    const QSignalBlocker block(m_text);
    m_text->setPlainText(text.size() > MaxTextShown
                             ? tr("(%1 — %n character(s), too large to show; parsed in full)",
                                  nullptr, int(text.size()))
                                   .arg(path)
                             : text);
    m_fileBytes = bytes;
    parseNow();
}

void IdListEditor::parseNow()
{
    m_parsing = true;
    const int generation = ++m_generation;
    m_summary->setText(tr("Reading the IDs…"));
    auto done = [this, generation](const UserIdList &list) {
        if (generation != m_generation)
            return; // an older parse; the text changed since
        m_parsing = false;
        m_list = list;
        show(list);
        emit parsed();
    };
    if (!m_fileBytes.isEmpty())
        UserIdListParser::parseAsync(m_fileBytes, this, done);
    else
        UserIdListParser::parseAsync(m_text->toPlainText(), this, done);
}

UserIdList IdListEditor::list() const
{
    return m_skipEncrypted->isChecked() ? m_list.withoutSuspicious() : m_list;
}

void IdListEditor::show(const UserIdList &all)
{
    const UserIdList used = m_skipEncrypted->isChecked() ? all.withoutSuspicious() : all;
    QStringList parts;
    parts << tr("%n unique ID(s) to send", nullptr, int(used.ids.size()));
    if (all.duplicates)
        parts << tr("%n duplicate(s) sent once", nullptr, int(all.duplicates));
    if (all.invalid)
        parts << tr("%n invalid left out", nullptr, int(all.invalid));
    if (all.empty)
        parts << tr("%n empty", nullptr, int(all.empty));
    if (all.suspicious)
        parts << (m_skipEncrypted->isChecked()
                      ? tr("%n look(s) encrypted, left out", nullptr, int(all.suspicious))
                      : tr("%n look(s) encrypted, sent as is", nullptr, int(all.suspicious)));
    if (all.headerSkipped)
        parts << tr("header row skipped");
    m_summary->setText(parts.join(u" · "_s));
    m_skipEncrypted->setVisible(all.suspicious > 0);
    m_issues->clear();
    for (const UserIdIssue &issue : all.issues) {
        if (m_issues->count() >= MaxIssuesShown) {
            m_issues->addItem(
                tr("… and %n more", nullptr, int(all.issues.size() - MaxIssuesShown)));
            break;
        }
        m_issues->addItem(issue.message());
    }
    m_issues->setVisible(!all.issues.isEmpty());
}

void IdListEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void IdListEditor::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().first().isLocalFile())
        loadFile(mime->urls().first().toLocalFile());
    else if (mime->hasText())
        setText(mime->text());
    event->acceptProposedAction();
}
