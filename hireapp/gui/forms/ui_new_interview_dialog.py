# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_interview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewInterviewDialog(object):
    def setupUi(self, NewInterviewDialog):
        if not NewInterviewDialog.objectName():
            NewInterviewDialog.setObjectName(u"NewInterviewDialog")
        NewInterviewDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(NewInterviewDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.candidateLabel = QLabel(NewInterviewDialog)
        self.candidateLabel.setObjectName(u"candidateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.candidateLabel)

        self.candidateRow = QHBoxLayout()
        self.candidateRow.setObjectName(u"candidateRow")
        self.candidateCombo = QComboBox(NewInterviewDialog)
        self.candidateCombo.setObjectName(u"candidateCombo")
        self.candidateCombo.setEditable(True)
        self.candidateCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.candidateCombo.sizePolicy().hasHeightForWidth())
        self.candidateCombo.setSizePolicy(sizePolicy)
        self.candidateCombo.setMinimumContentsLength(24)
        self.candidateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.candidateRow.addWidget(self.candidateCombo)

        self.newCandidateButton = QPushButton(NewInterviewDialog)
        self.newCandidateButton.setObjectName(u"newCandidateButton")

        self.candidateRow.addWidget(self.newCandidateButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.candidateRow)

        self.positionCaption = QLabel(NewInterviewDialog)
        self.positionCaption.setObjectName(u"positionCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionCaption)

        self.positionValue = QLabel(NewInterviewDialog)
        self.positionValue.setObjectName(u"positionValue")
        self.positionValue.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionValue)

        self.interviewerLabel = QLabel(NewInterviewDialog)
        self.interviewerLabel.setObjectName(u"interviewerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interviewerLabel)

        self.interviewerCombo = QComboBox(NewInterviewDialog)
        self.interviewerCombo.setObjectName(u"interviewerCombo")
        self.interviewerCombo.setEditable(True)
        self.interviewerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interviewerCombo)

        self.rubricLabel = QLabel(NewInterviewDialog)
        self.rubricLabel.setObjectName(u"rubricLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rubricLabel)

        self.rubricCombo = QComboBox(NewInterviewDialog)
        self.rubricCombo.setObjectName(u"rubricCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rubricCombo)


        self.layout.addLayout(self.form)

        self.noticeLabel = QLabel(NewInterviewDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.layout.addWidget(self.noticeLabel)

        self.problemLabel = QLabel(NewInterviewDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(NewInterviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.candidateLabel.setBuddy(self.candidateCombo)
        self.interviewerLabel.setBuddy(self.interviewerCombo)
        self.rubricLabel.setBuddy(self.rubricCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.candidateCombo, self.newCandidateButton)
        QWidget.setTabOrder(self.newCandidateButton, self.interviewerCombo)
        QWidget.setTabOrder(self.interviewerCombo, self.rubricCombo)

        self.retranslateUi(NewInterviewDialog)

        QMetaObject.connectSlotsByName(NewInterviewDialog)
    # setupUi

    def retranslateUi(self, NewInterviewDialog):
        NewInterviewDialog.setWindowTitle(QCoreApplication.translate("NewInterviewDialog", u"New interview", None))
        self.candidateLabel.setText(QCoreApplication.translate("NewInterviewDialog", u"&Candidate:", None))
#if QT_CONFIG(accessibility)
        self.candidateCombo.setAccessibleName(QCoreApplication.translate("NewInterviewDialog", u"Candidate", None))
#endif // QT_CONFIG(accessibility)
        self.newCandidateButton.setText(QCoreApplication.translate("NewInterviewDialog", u"&New candidate\u2026", None))
#if QT_CONFIG(accessibility)
        self.newCandidateButton.setAccessibleName(QCoreApplication.translate("NewInterviewDialog", u"Create a new candidate", None))
#endif // QT_CONFIG(accessibility)
        self.positionCaption.setText(QCoreApplication.translate("NewInterviewDialog", u"Position:", None))
        self.positionValue.setText("")
#if QT_CONFIG(accessibility)
        self.positionValue.setAccessibleName(QCoreApplication.translate("NewInterviewDialog", u"Position of the chosen candidate", None))
#endif // QT_CONFIG(accessibility)
        self.interviewerLabel.setText(QCoreApplication.translate("NewInterviewDialog", u"&Interviewer (you):", None))
#if QT_CONFIG(accessibility)
        self.interviewerCombo.setAccessibleName(QCoreApplication.translate("NewInterviewDialog", u"Interviewer", None))
#endif // QT_CONFIG(accessibility)
        self.rubricLabel.setText(QCoreApplication.translate("NewInterviewDialog", u"&Rubric:", None))
#if QT_CONFIG(accessibility)
        self.rubricCombo.setAccessibleName(QCoreApplication.translate("NewInterviewDialog", u"Rubric version", None))
#endif // QT_CONFIG(accessibility)
        self.noticeLabel.setText("")
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("NewInterviewDialog", u"Your earlier interview of this candidate", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("NewInterviewDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

