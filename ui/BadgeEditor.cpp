#include "BadgeEditor.h"

#include "BadgeDraft.h"
#include "BadgeValidator.h"
#include "ChipPreview.h"
#include "ColorField.h"
#include "DialogService.h"
#include "DraftStore.h"
#include "EmojiPicker.h"
#include "HexColor.h"
#include "ImageField.h"
#include "JsonParse.h"
#include "StatusColors.h"
#include "TextMetrics.h"
#include "TriggerEditor.h"
#include "WcagContrast.h"
#include "WelcomeCardPreview.h"

#include <QAction>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QColor errorColor()
{
    return StatusColors::text(StatusColors::Status::Problem, QGuiApplication::palette());
}

QColor warningColor()
{
    return StatusColors::text(StatusColors::Status::Warning, QGuiApplication::palette());
}

QColor okColor()
{
    return StatusColors::text(StatusColors::Status::Ok, QGuiApplication::palette());
}

QString colored(const QString &text, const QColor &color)
{
    return u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), text.toHtmlEscaped());
}

// Colour is never the only sign: beside each verdict and error, the style's own icon (a tick,
// a warning, an error), so the state reads the same without colour vision.
enum class Sign { None, Ok, Warning, Error };

void showSign(QLabel *icon, Sign sign)
{
    // Called on every keystroke: the style's icons are read from image files each time.
    if (icon->property("sign").toInt() == int(sign) && icon->property("sign").isValid())
        return;
    icon->setProperty("sign", int(sign));
    if (sign == Sign::None) {
        icon->clear();
        icon->setAccessibleName(QString());
        return;
    }
    const QStyle::StandardPixmap pixmap = sign == Sign::Ok ? QStyle::SP_DialogApplyButton
        : sign == Sign::Warning                            ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxCritical;
    const int size = icon->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, icon);
    icon->setPixmap(icon->style()
                        ->standardIcon(pixmap, nullptr, icon)
                        .pixmap(QSize(size, size), icon->devicePixelRatioF()));
    icon->setAccessibleName(sign == Sign::Ok            ? BadgeEditor::tr("Passes")
                                : sign == Sign::Warning ? BadgeEditor::tr("Warning")
                                                        : BadgeEditor::tr("Problem"));
}

QLabel *signLabel(const QString &name, QWidget *parent)
{
    auto *icon = new QLabel(parent);
    icon->setObjectName(name);
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    const int size = icon->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, icon);
    icon->setFixedWidth(size);
    return icon;
}

void markInvalid(QWidget *widget, bool invalid)
{
    if (!widget)
        return;
    const QString sheet = invalid
        ? u"%1 { border: 2px solid %2; border-radius: 3px; }"_s.arg(
            QString::fromLatin1(widget->metaObject()->className()), errorColor().name())
        : QString();
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
    widget->setProperty("invalid", invalid);
}

// The optional fields: an empty field means "not set", unless the badge had "" to begin with.
std::optional<QString> optionalFrom(const QString &text, const std::optional<QString> &base)
{
    if (text.isEmpty())
        return base && base->isEmpty() ? base : std::nullopt;
    return text;
}

} // namespace

// One step of editing: the whole badge before and after, so undo is exact whatever changed.
// Consecutive edits of the same field merge into one step, like typing in a text editor.
class BadgeEditor::EditCommand : public QUndoCommand
{
public:
    EditCommand(BadgeEditor *editor, Badge before, Badge after, QString field)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(std::move(field))
    {
        setText(describe(m_field));
    }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditCommand *>(other);
        if (next->m_field != m_field || next->m_field == "trigger"_L1)
            return false;
        m_after = next->m_after;
        return true;
    }
    void undo() override { m_editor->applyState(m_before); }
    // The step as the Undo and Redo commands name it: the field in words, not its JSON key.
    static QString describe(const QString &field)
    {
        static const QHash<QString, const char *> names = {
            {u"text"_s, QT_TRANSLATE_NOOP("BadgeEditor", "text")},
            {u"backgroundColor"_s, QT_TRANSLATE_NOOP("BadgeEditor", "background colour")},
            {u"textColor"_s, QT_TRANSLATE_NOOP("BadgeEditor", "text colour")},
            {u"textColor fix"_s, QT_TRANSLATE_NOOP("BadgeEditor", "text colour")},
            {u"tooltip"_s, QT_TRANSLATE_NOOP("BadgeEditor", "tooltip")},
            {u"communicationPic"_s, QT_TRANSLATE_NOOP("BadgeEditor", "welcome picture")},
            {u"communicationTitle"_s, QT_TRANSLATE_NOOP("BadgeEditor", "welcome title")},
            {u"communicationText"_s, QT_TRANSLATE_NOOP("BadgeEditor", "welcome text")},
            {u"pic"_s, QT_TRANSLATE_NOOP("BadgeEditor", "icon")},
            {u"data"_s, QT_TRANSLATE_NOOP("BadgeEditor", "data")},
            {u"trigger"_s, QT_TRANSLATE_NOOP("BadgeEditor", "trigger")},
        };
        if (field == "revert"_L1)
            return QCoreApplication::translate("BadgeEditor", "Revert");
        const char *name = names.value(field);
        return QCoreApplication::translate("BadgeEditor", "Edit %1")
            .arg(name ? QCoreApplication::translate("BadgeEditor", name) : field);
    }
    void redo() override
    {
        if (m_first) { // the form already shows it
            m_first = false;
            return;
        }
        m_editor->applyState(m_after);
    }

private:
    BadgeEditor *m_editor;
    Badge m_before;
    Badge m_after;
    QString m_field;
    bool m_first = true;
};

BadgeEditor::BadgeEditor(DialogService *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_undo(new QUndoStack(this))
    , m_autosave(new QTimer(this))
    , m_saveAction(new QAction(tr("&Save badge"), this))
    , m_revertAction(new QAction(tr("Re&vert changes"), this))
    , m_undoAction(m_undo->createUndoAction(this, tr("&Undo")))
    , m_redoAction(m_undo->createRedoAction(this, tr("&Redo")))
{
    setObjectName(u"badgeEditor"_s);
    setAccessibleName(tr("Badge editor"));

    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    m_revertAction->setObjectName(u"revertAction"_s);
    m_revertAction->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcut(QKeySequence::Redo);
    for (QAction *action : {m_undoAction, m_redoAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_saveAction, m_revertAction, m_undoAction, m_redoAction});
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (canSave())
            emit saveRequested();
    });
    connect(m_revertAction, &QAction::triggered, this, &BadgeEditor::revert);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(500);
    connect(m_autosave, &QTimer::timeout, this, &BadgeEditor::flushAutosave);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"editorTitle"_s);
    m_title->setMargin(8);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_chipPreview = new ChipPreview(this);
    layout->addWidget(m_chipPreview);

    // The form (about a quarter of the start-up time) is built when the first badge is opened;
    // until then the pane says how to start.
    m_pages = new QStackedWidget(this);
    auto *hint =
        new QLabel(tr("Select a badge in the list to edit it, or create one with New (%1).")
                       .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
                   m_pages);
    hint->setObjectName(u"editorHint"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setMargin(24);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(hint);
    m_formScroll = new QScrollArea(m_pages);
    m_formScroll->setObjectName(u"editorScroll"_s);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    // Not a stop of its own: Tab goes to the fields, and the area scrolls to show each one.
    m_formScroll->setFocusPolicy(Qt::NoFocus);
    m_pages->addWidget(m_formScroll);
    layout->addWidget(m_pages, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 6, 8, 8);
    auto addButton = [this, buttons](QAction *action, const QString &name) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    };
    addButton(m_undoAction, u"undoButton"_s);
    addButton(m_redoAction, u"redoButton"_s);
    addButton(m_revertAction, u"revertButton"_s);
    m_saveReason = new QLabel(this);
    m_saveReason->setObjectName(u"saveReason"_s);
    m_saveReason->setWordWrap(true);
    m_saveReason->setTextFormat(Qt::RichText);
    buttons->addWidget(m_saveReason, 1);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(
        tr("Save the badge (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);

    connect(m_undo, &QUndoStack::indexChanged, this, [this] { refresh(); });
    clearEditing();
}

BadgeEditor::~BadgeEditor()
{
    // Closing with a pending autosave must not lose the last keystrokes.
    if (m_autosave->isActive())
        flushAutosave();
    // The undo stack is a child, deleted by ~QWidget when this is no longer a BadgeEditor, and
    // its destructor emits indexChanged: refresh() would then run on destroyed members (UBSan).
    m_undo->disconnect(this);
}

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}
} // namespace

QWidget *BadgeEditor::addErrorLabel(const QString &field)
{
    auto *row = new QWidget;
    row->setObjectName(field + u"ErrorRow"_s);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(row);
    label->setObjectName(field + u"Error"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    layout->addWidget(signLabel(field + u"ErrorIcon"_s, row), 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    row->hide();
    m_errorLabels.insert(field, label);
    return row;
}

QWidget *BadgeEditor::buildForm()
{
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(8, 4, 8, 4);

    // — The chip —
    auto *chipBox = new QGroupBox(tr("Badge"), form);
    auto *chip = new QFormLayout(chipBox);
    chip->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_text = new QLineEdit(chipBox);
    m_text->setObjectName(u"textEdit"_s);
    m_text->setAccessibleName(tr("Badge text"));
    m_text->setPlaceholderText(tr("Short label, emoji welcome"));
    m_emojiButton = new QToolButton(chipBox);
    m_emojiButton->setObjectName(u"emojiButton"_s);
    m_emojiButton->setText(u"😀"_s);
    m_emojiButton->setAccessibleName(tr("Insert emoji"));
    m_emojiButton->setToolTip(tr("Insert an emoji"));
    m_emojiButton->setPopupMode(QToolButton::InstantPopup);
    auto *picker = new EmojiPicker(m_emojiButton);
    m_emojiButton->setMenu(picker);
    connect(picker, &EmojiPicker::emojiPicked, this, &BadgeEditor::insertEmoji);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_emojiButton);
    chip->addRow(buddyLabel(tr("T&ext:"), m_text), textRow);
    chip->addRow(QString(), addErrorLabel(u"text"_s));

    m_background = new ColorField(u"backgroundColor"_s, chipBox);
    m_background->setFieldName(tr("Background colour"));
    chip->addRow(buddyLabel(tr("Back&ground:"), m_background->lineEdit()), m_background);
    chip->addRow(QString(), addErrorLabel(u"backgroundColor"_s));
    m_textColor = new ColorField(u"textColor"_s, chipBox);
    m_textColor->setFieldName(tr("Text colour"));
    chip->addRow(buddyLabel(tr("Text &colour:"), m_textColor->lineEdit()), m_textColor);
    chip->addRow(QString(), addErrorLabel(u"textColor"_s));

    auto *contrast = new QWidget(chipBox);
    auto *contrastLayout = new QGridLayout(contrast);
    contrastLayout->setContentsMargins(0, 0, 0, 0);
    contrastLayout->setHorizontalSpacing(4);
    contrastLayout->setVerticalSpacing(2);
    m_contrastText = new QLabel(contrast);
    m_contrastText->setObjectName(u"contrastText"_s);
    m_contrastLight = new QLabel(contrast);
    m_contrastLight->setObjectName(u"contrastLight"_s);
    m_contrastDark = new QLabel(contrast);
    m_contrastDark->setObjectName(u"contrastDark"_s);
    m_contrastTextIcon = signLabel(u"contrastTextIcon"_s, contrast);
    m_contrastLightIcon = signLabel(u"contrastLightIcon"_s, contrast);
    m_contrastDarkIcon = signLabel(u"contrastDarkIcon"_s, contrast);
    m_fixContrast = new QPushButton(tr("Use the nearest readable text colour"), contrast);
    m_fixContrast->setObjectName(u"fixContrastButton"_s);
    connect(m_fixContrast, &QPushButton::clicked, this, &BadgeEditor::fixTextColour);
    int contrastRow = 0;
    for (const auto &[icon, label] : {std::pair {m_contrastTextIcon, m_contrastText},
                                      std::pair {m_contrastLightIcon, m_contrastLight},
                                      std::pair {m_contrastDarkIcon, m_contrastDark}}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        contrastLayout->addWidget(icon, contrastRow, 0, Qt::AlignTop);
        contrastLayout->addWidget(label, contrastRow++, 1);
    }
    contrastLayout->setColumnStretch(1, 1);
    contrastLayout->addWidget(m_fixContrast, contrastRow, 1, Qt::AlignLeft);
    chip->addRow(tr("Contrast:"), contrast);

    m_tooltip = new QLineEdit(chipBox);
    m_tooltip->setObjectName(u"tooltipEdit"_s);
    m_tooltip->setAccessibleName(tr("Tooltip"));
    m_tooltip->setPlaceholderText(tr("How to earn this badge"));
    m_tooltipCounter = new QLabel(chipBox);
    m_tooltipCounter->setObjectName(u"tooltipCounter"_s);
    auto *tooltipRow = new QHBoxLayout;
    tooltipRow->addWidget(m_tooltip, 1);
    tooltipRow->addWidget(m_tooltipCounter);
    chip->addRow(buddyLabel(tr("T&ooltip:"), m_tooltip), tooltipRow);
    chip->addRow(QString(), addErrorLabel(u"tooltip"_s));
    layout->addWidget(chipBox);

    // — The welcome message —
    auto *welcomeBox = new QGroupBox(tr("Welcome message"), form);
    auto *welcome = new QFormLayout(welcomeBox);
    welcome->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_communicationPic = new ImageField(u"communicationPic"_s, m_dialogs, welcomeBox);
    m_communicationPic->setFieldName(tr("Welcome picture address"));
    welcome->addRow(buddyLabel(tr("&Picture:"), m_communicationPic->lineEdit()),
                    m_communicationPic);
    welcome->addRow(QString(), addErrorLabel(u"communicationPic"_s));
    m_communicationTitle = new QLineEdit(welcomeBox);
    m_communicationTitle->setObjectName(u"communicationTitleEdit"_s);
    m_communicationTitle->setAccessibleName(tr("Welcome title"));
    m_titleCounter = new QLabel(welcomeBox);
    m_titleCounter->setObjectName(u"titleCounter"_s);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_communicationTitle, 1);
    titleRow->addWidget(m_titleCounter);
    welcome->addRow(buddyLabel(tr("T&itle:"), m_communicationTitle), titleRow);
    welcome->addRow(QString(), addErrorLabel(u"communicationTitle"_s));
    m_communicationText = new QPlainTextEdit(welcomeBox);
    m_communicationText->setObjectName(u"communicationTextEdit"_s);
    m_communicationText->setAccessibleName(tr("Welcome text"));
    m_communicationText->setTabChangesFocus(true);
    m_communicationText->setFixedHeight(m_communicationText->fontMetrics().lineSpacing() * 4 + 12);
    m_textCounter = new QLabel(welcomeBox);
    m_textCounter->setObjectName(u"textCounter"_s);
    auto *textBlock = new QVBoxLayout;
    textBlock->addWidget(m_communicationText);
    textBlock->addWidget(m_textCounter, 0, Qt::AlignRight);
    welcome->addRow(buddyLabel(tr("Te&xt:"), m_communicationText), textBlock);
    welcome->addRow(QString(), addErrorLabel(u"communicationText"_s));
    m_welcomePreview = new WelcomeCardPreview(welcomeBox);
    welcome->addRow(m_welcomePreview);
    layout->addWidget(welcomeBox);

    // — Icon, data, trigger —
    auto *moreBox = new QGroupBox(tr("Icon and data"), form);
    auto *more = new QFormLayout(moreBox);
    more->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_pic = new ImageField(u"pic"_s, m_dialogs, moreBox);
    m_pic->setFieldName(tr("Badge icon address"));
    more->addRow(buddyLabel(tr("Ico&n:"), m_pic->lineEdit()), m_pic);
    more->addRow(QString(), addErrorLabel(u"pic"_s));
    m_data = new QPlainTextEdit(moreBox);
    m_data->setObjectName(u"dataEdit"_s);
    m_data->setAccessibleName(tr("Data"));
    m_data->setTabChangesFocus(true);
    m_data->setFixedHeight(m_data->fontMetrics().lineSpacing() * 5 + 12);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_data->setFont(mono);
    m_dataStatus = new QLabel(moreBox);
    m_dataStatus->setObjectName(u"dataStatus"_s);
    m_dataStatus->setTextFormat(Qt::RichText);
    m_formatData = new QPushButton(tr("Format JSON"), moreBox);
    m_formatData->setObjectName(u"formatDataButton"_s);
    connect(m_formatData, &QPushButton::clicked, this, &BadgeEditor::formatData);
    auto *dataStatusRow = new QHBoxLayout;
    dataStatusRow->addWidget(m_dataStatus, 1);
    dataStatusRow->addWidget(m_formatData);
    auto *dataBlock = new QVBoxLayout;
    dataBlock->addWidget(m_data);
    dataBlock->addLayout(dataStatusRow);
    more->addRow(buddyLabel(tr("&Data:"), m_data), dataBlock);
    more->addRow(QString(), addErrorLabel(u"data"_s));
    layout->addWidget(moreBox);

    auto *triggerBox = new QGroupBox(tr("Trigger"), form);
    auto *triggerLayout = new QVBoxLayout(triggerBox);
    m_trigger = new TriggerEditor(triggerBox);
    triggerLayout->addWidget(m_trigger);
    triggerLayout->addWidget(addErrorLabel(u"trigger"_s));
    layout->addWidget(triggerBox);
    layout->addStretch(1);

    m_fieldWidgets = {{u"text"_s, m_text},
                      {u"backgroundColor"_s, m_background->lineEdit()},
                      {u"textColor"_s, m_textColor->lineEdit()},
                      {u"tooltip"_s, m_tooltip},
                      {u"communicationPic"_s, m_communicationPic->lineEdit()},
                      {u"communicationTitle"_s, m_communicationTitle},
                      {u"communicationText"_s, m_communicationText},
                      {u"pic"_s, m_pic->lineEdit()},
                      {u"data"_s, m_data}};

    connect(m_text, &QLineEdit::textEdited, this, [this] { fieldEdited(u"text"_s); });
    connect(m_background, &ColorField::textEdited, this,
            [this] { fieldEdited(u"backgroundColor"_s); });
    connect(m_textColor, &ColorField::textEdited, this, [this] { fieldEdited(u"textColor"_s); });
    connect(m_tooltip, &QLineEdit::textEdited, this, [this] { fieldEdited(u"tooltip"_s); });
    connect(m_communicationPic, &ImageField::textEdited, this,
            [this] { fieldEdited(u"communicationPic"_s); });
    connect(m_communicationTitle, &QLineEdit::textEdited, this,
            [this] { fieldEdited(u"communicationTitle"_s); });
    connect(m_communicationText, &QPlainTextEdit::textChanged, this,
            [this] { fieldEdited(u"communicationText"_s); });
    connect(m_pic, &ImageField::textEdited, this, [this] { fieldEdited(u"pic"_s); });
    connect(m_data, &QPlainTextEdit::textChanged, this, [this] { fieldEdited(u"data"_s); });
    connect(m_trigger, &TriggerEditor::edited, this, [this] { fieldEdited(u"trigger"_s); });
    connect(m_communicationPic, &ImageField::checked, this,
            [this](const ImageCheck &, const QImage &preview) {
                m_welcomePreview->setPicture(preview);
            });
    return form;
}

void BadgeEditor::setDraftStore(DraftStore *store)
{
    m_drafts = store;
}

void BadgeEditor::startEditing(const Badge &base)
{
    startEditing(base, base);
}

void BadgeEditor::ensureForm()
{
    if (m_text)
        return;
    m_formScroll->setWidget(buildForm());
}

void BadgeEditor::startEditing(const Badge &base, const Badge &edited)
{
    ensureForm();
    m_pages->setCurrentWidget(m_formScroll);
    m_chipPreview->show();
    m_autosave->stop();
    m_base = base;
    m_serverIssues.clear();
    m_undo->clear();
    applyState(edited);
    setEnabled(true);
    m_wasDirty = !isDirty(); // force the signal below
    refresh();
}

void BadgeEditor::clearEditing()
{
    m_autosave->stop();
    m_base.reset();
    m_undo->clear();
    m_serverIssues.clear();
    applyState(Badge());
    setEnabled(false);
    m_pages->setCurrentIndex(0);
    m_chipPreview->hide(); // an empty chip would look like a broken badge
    m_title->setText(tr("No badge open"));
    refresh();
}

bool BadgeEditor::isDirty() const
{
    return m_base && m_current != *m_base;
}

ValidationResult BadgeEditor::validation() const
{
    return BadgeValidator::validate(m_current);
}

bool BadgeEditor::canSave() const
{
    return saveBlockedReason().isEmpty();
}

QString BadgeEditor::saveBlockedReason() const
{
    if (!m_base)
        return tr("Nothing to save.");
    if (m_busy)
        return tr("Saving…");
    const auto errors = validation().errors();
    if (!errors.isEmpty()) {
        return tr("Cannot save: %1", nullptr, int(errors.size())).arg(errors.first().message)
            + (errors.size() > 1 ? tr(" (and %n more problem(s))", nullptr, int(errors.size() - 1))
                                 : QString());
    }
    if (!isNew() && !isDirty())
        return tr("No changes to save.");
    return {};
}

void BadgeEditor::revert()
{
    if (!m_base || !isDirty())
        return;
    // Revert is one undoable step, so a mistaken revert loses nothing either.
    m_undo->push(new EditCommand(this, m_current, *m_base, u"revert"_s));
    applyState(*m_base);
    m_serverIssues.clear();
    refresh();
}

void BadgeEditor::markSaved(const Badge &saved)
{
    if (m_drafts) {
        if (m_base)
            m_drafts->remove(BadgeDraft::keyFor(*m_base)); // "new" for a badge just created
        m_drafts->remove(BadgeDraft::keyFor(saved));
    }
    m_base = saved;
    m_serverIssues.clear();
    m_autosave->stop();
    m_undo->setClean();
    applyState(saved);
    refresh();
}

void BadgeEditor::showSaveError(const ApiError &error)
{
    m_serverIssues.clear();
    for (const FieldIssue &issue : error.fieldIssues())
        m_serverIssues[issue.field.isEmpty() ? u"text"_s : issue.field].append(issue.message);
    if (error.fieldIssues().isEmpty())
        m_serverIssues[u"_"_s].append(error.userMessage());
    refresh();
}

void BadgeEditor::setBusy(bool busy)
{
    m_busy = busy;
    refresh();
}

void BadgeEditor::flushAutosave()
{
    m_autosave->stop();
    if (!m_drafts || !m_base)
        return;
    const QString key = BadgeDraft::keyFor(*m_base);
    if (!isDirty()) {
        m_drafts->remove(key);
        return;
    }
    BadgeDraft draft;
    draft.key = key;
    if (m_base->id)
        draft.base = *m_base;
    draft.edited = m_current;
    draft.savedAt = QDateTime::currentDateTimeUtc();
    m_drafts->save(draft);
}

Badge BadgeEditor::readForm() const
{
    Badge badge = m_base.value_or(Badge());
    badge.text = m_text->text();
    badge.backgroundColor = m_background->text();
    badge.textColor = m_textColor->text();
    badge.tooltip = m_tooltip->text();
    badge.communicationPic = optionalFrom(m_communicationPic->text().trimmed(),
                                          m_base ? m_base->communicationPic : std::nullopt);
    badge.communicationTitle = m_communicationTitle->text();
    badge.communicationText = m_communicationText->toPlainText();
    badge.pic = optionalFrom(m_pic->text().trimmed(), m_base ? m_base->pic : std::nullopt);
    badge.data = optionalFrom(m_data->toPlainText(), m_base ? m_base->data : std::nullopt);
    badge.trigger = m_trigger->trigger();
    return badge;
}

void BadgeEditor::fieldEdited(const QString &field)
{
    if (m_applying || !m_base)
        return;
    const Badge next = readForm();
    if (next == m_current)
        return;
    m_serverIssues.remove(field);
    m_serverIssues.remove(u"_"_s);
    const Badge before = m_current;
    m_current = next;
    m_undo->push(new EditCommand(this, before, next, field));
    refresh();
}

void BadgeEditor::applyState(const Badge &badge)
{
    m_current = badge;
    writeForm(badge);
    refresh();
}

void BadgeEditor::writeForm(const Badge &badge)
{
    if (!m_text)
        return; // no form yet: nothing shows the badge
    m_applying = true;
    auto setLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) {
            const int cursor = edit->cursorPosition();
            edit->setText(text);
            edit->setCursorPosition(qMin(cursor, int(text.size())));
        }
    };
    auto setPlain = [](QPlainTextEdit *edit, const QString &text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    setLine(m_text, badge.text);
    m_background->setText(badge.backgroundColor);
    m_textColor->setText(badge.textColor);
    setLine(m_tooltip, badge.tooltip);
    m_communicationPic->setText(badge.communicationPic.value_or(QString()));
    setLine(m_communicationTitle, badge.communicationTitle);
    setPlain(m_communicationText, badge.communicationText);
    m_pic->setText(badge.pic.value_or(QString()));
    setPlain(m_data, badge.data.value_or(QString()));
    if (m_trigger->trigger() != badge.trigger || m_trigger->isReadOnlyTrigger())
        m_trigger->setTrigger(badge.trigger);
    m_applying = false;
}

void BadgeEditor::refresh()
{
    if (!m_base) {
        m_saveAction->setEnabled(false);
        m_revertAction->setEnabled(false);
        m_saveButton->setEnabled(false);
        m_saveReason->clear();
        return;
    }
    m_title->setText(
        m_base->id ? tr("Badge #%1%2")
                         .arg(QString::number(*m_base->id), isDirty() ? tr(" — edited") : QString())
                   : tr("New badge"));
    m_chipPreview->setBadge(m_current);
    m_welcomePreview->setBadge(m_current);
    updateCounters();
    updateValidation();
    updateContrast();
    updateDataStatus();

    const QString reason = saveBlockedReason();
    m_saveAction->setEnabled(reason.isEmpty());
    m_saveButton->setEnabled(reason.isEmpty());
    m_revertAction->setEnabled(isDirty() && !m_busy);
    const QString serverProblem = m_serverIssues.value(u"_"_s).join(u' ');
    if (!serverProblem.isEmpty())
        m_saveReason->setText(colored(tr("Save failed: %1").arg(serverProblem), errorColor()));
    else if (!reason.isEmpty() && !validation().ok())
        m_saveReason->setText(colored(reason, errorColor()));
    else
        m_saveReason->setText(reason.toHtmlEscaped());

    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
    if (!m_applying)
        emit edited(m_current);
    if (m_drafts && !m_applying)
        m_autosave->start();
}

void BadgeEditor::updateCounters()
{
    auto show = [](QLabel *label, QWidget *field, const QString &text, int limit) {
        const int count = TextMetrics::codePoints(text);
        const bool over = count > limit;
        const QString value = QStringLiteral("%1 / %2").arg(count).arg(limit);
        label->setText(over ? colored(value, errorColor()) : value);
        label->setAccessibleName(tr("%1 of %2 characters").arg(count).arg(limit));
        label->setProperty("over", over);
        markInvalid(field, over);
    };
    show(m_tooltipCounter, m_tooltip, m_current.tooltip, BadgeValidator::TooltipMax);
    show(m_titleCounter, m_communicationTitle, m_current.communicationTitle,
         BadgeValidator::TitleMax);
    show(m_textCounter, m_communicationText, m_current.communicationText, BadgeValidator::TextMax);
}

void BadgeEditor::updateValidation()
{
    const ValidationResult result = validation();
    for (auto it = m_errorLabels.constBegin(); it != m_errorLabels.constEnd(); ++it) {
        const QString &field = it.key();
        QStringList lines;
        bool error = false;
        bool warning = false;
        for (const QString &message : m_serverIssues.value(field)) {
            lines.append(colored(tr("Server: %1").arg(message), errorColor()));
            error = true;
        }
        for (const FieldIssue &issue : result.issues()) {
            if (issue.field != field)
                continue;
            const bool isError = issue.severity == FieldIssue::Severity::Error;
            // An empty required field of a fresh badge is not yet a mistake worth red ink.
            lines.append(colored(issue.message, isError ? errorColor() : warningColor()));
            error = error || isError;
            warning = warning || !isError;
        }
        it.value()->setText(lines.join(u"<br>"_s));
        QWidget *row = it.value()->parentWidget();
        showSign(row->findChild<QLabel *>(field + u"ErrorIcon"_s),
                 error         ? Sign::Error
                     : warning ? Sign::Warning
                               : Sign::None);
        row->setVisible(!lines.isEmpty());
        QWidget *widget = m_fieldWidgets.value(field);
        if (widget && widget != m_tooltip && widget != m_communicationTitle
            && widget != m_communicationText)
            markInvalid(widget, error);
        else if (widget && error && !widget->property("invalid").toBool())
            markInvalid(widget, true);
    }
}

void BadgeEditor::updateContrast()
{
    const auto background = HexColor::parse(m_current.backgroundColor);
    const auto text = HexColor::parse(m_current.textColor);
    auto verdict = [](double ratio, double needed) {
        const WcagContrast::Level level = WcagContrast::levelFor(ratio);
        const QString line =
            tr("%1 — %2").arg(WcagContrast::formatRatio(ratio), WcagContrast::levelName(level));
        return colored(line, ratio >= needed ? okColor() : errorColor());
    };
    if (background && text) {
        const double ratio = WcagContrast::ratio(*text, *background);
        m_contrastText->setText(
            tr("Text on badge: %1").arg(verdict(ratio, WcagContrast::AaNormal)));
        showSign(m_contrastTextIcon,
                 ratio >= WcagContrast::AaNormal      ? Sign::Ok
                     : ratio >= WcagContrast::AaLarge ? Sign::Warning
                                                      : Sign::Error);
        m_fixContrast->setEnabled(ratio < WcagContrast::AaNormal);
    } else if (background) {
        showSign(m_contrastTextIcon, Sign::Error);
        m_contrastText->setText(colored(tr("Text on badge: the text colour is empty or invalid, so "
                                           "the chat would use its default. Pick one, or use the "
                                           "button below."),
                                        errorColor()));
        m_fixContrast->setEnabled(true);
    } else {
        showSign(m_contrastTextIcon, Sign::Error);
        m_contrastText->setText(
            colored(tr("Text on badge: choose a valid background colour first."), errorColor()));
        m_fixContrast->setEnabled(false);
    }
    if (background) {
        // A chip is a non-text element on the chat page: WCAG 1.4.11 asks for 3 : 1.
        const double light = WcagContrast::ratio(*background, WcagContrast::chatLightBackground());
        const double dark = WcagContrast::ratio(*background, WcagContrast::chatDarkBackground());
        auto chip = [](double ratio) {
            const QString line = ratio >= WcagContrast::AaLarge
                ? tr("%1 — stands out (≥ 3 : 1)").arg(WcagContrast::formatRatio(ratio))
                : tr("%1 — blends in (< 3 : 1)").arg(WcagContrast::formatRatio(ratio));
            return colored(line, ratio >= WcagContrast::AaLarge ? okColor() : warningColor());
        };
        m_contrastLight->setText(tr("Chip on light chat: %1").arg(chip(light)));
        m_contrastDark->setText(tr("Chip on dark chat: %1").arg(chip(dark)));
        showSign(m_contrastLightIcon, light >= WcagContrast::AaLarge ? Sign::Ok : Sign::Warning);
        showSign(m_contrastDarkIcon, dark >= WcagContrast::AaLarge ? Sign::Ok : Sign::Warning);
    } else {
        m_contrastLight->clear();
        m_contrastDark->clear();
        showSign(m_contrastLightIcon, Sign::None);
        showSign(m_contrastDarkIcon, Sign::None);
    }
}

void BadgeEditor::updateDataStatus()
{
    const QString value = m_data->toPlainText().trimmed();
    m_formatData->setEnabled(false);
    if (value.isEmpty()) {
        m_dataStatus->setText(tr("Empty: no data is stored."));
        return;
    }
    if (!value.startsWith(u'{') && !value.startsWith(u'[')) {
        m_dataStatus->setText(tr("Plain text."));
        return;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(value.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        m_dataStatus->setText(colored(tr("Looks like JSON, but is not valid at character %1: %2. "
                                         "It is still saved as text.")
                                          .arg(error.offset)
                                          .arg(error.errorString()),
                                      warningColor()));
        return;
    }
    m_formatData->setEnabled(true);
    m_dataStatus->setText(colored(tr("Valid JSON."), okColor()));
}

void BadgeEditor::formatData()
{
    const QJsonDocument document = QJsonDocument::fromJson(m_data->toPlainText().toUtf8());
    if (document.isNull())
        return;
    m_data->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

void BadgeEditor::fixTextColour()
{
    const auto background = HexColor::parse(m_current.backgroundColor);
    if (!background)
        return;
    const QColor start = HexColor::parse(m_current.textColor).value_or(QColor(Qt::black));
    const QColor fixed =
        WcagContrast::nearestAccessible(start, *background, WcagContrast::AaNormal);
    m_textColor->setText(HexColor::format(fixed));
    fieldEdited(u"textColor fix"_s); // its own undo step, never merged with typing
}

void BadgeEditor::insertEmoji(const QString &emoji)
{
    m_text->insert(emoji);
    m_text->setFocus();
    fieldEdited(u"text"_s);
}
