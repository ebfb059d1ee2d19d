<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peer support service desk&lt;/b&gt; {version}&lt;br&gt;Records, forms and evaluation of peer support.&lt;br&gt;&lt;br&gt;The program's log, for whoever supports it: {log}</source>
        <translation>&lt;b&gt;Peer support service desk&lt;/b&gt; {version}&lt;br&gt;Records, forms and evaluation of peer support.&lt;br&gt;&lt;br&gt;The program's log, for whoever supports it: {log}</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>Licences of the software it includes:</source>
        <translation>Licences of the software it includes:</translation>
    </message>
</context>
<context>
    <name>AboutStep</name>
    <message>
        <source>About the person</source>
        <translation>About the person</translation>
    </message>
    <message>
        <source>Leave a field empty or at — when it is not known.</source>
        <translation>Leave a field empty or at — when it is not known.</translation>
    </message>
    <message>
        <source>Yes (part-time or more)</source>
        <translation>Yes (part-time or more)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts and staff</source>
        <translation>Accounts and staff</translation>
    </message>
    <message>
        <source>Each account belongs to a staff member or to a peer, and appears in the pickers of its role. An account is never deleted: a disabled account can no longer sign in, and the audit log still names it.</source>
        <translation>Each account belongs to a staff member or to a peer, and appears in the pickers of its role. An account is never deleted: a disabled account can no longer sign in, and the audit log still names it.</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Add an account…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>Reset the password…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <source>the account {name}</source>
        <translation>the account {name}</translation>
    </message>
    <message>
        <source>Disable the account {name}? It can no longer sign in, and its password no longer opens the database. It can be enabled again.</source>
        <translation>Disable the account {name}? It can no longer sign in, and its password no longer opens the database. It can be enabled again.</translation>
    </message>
    <message>
        <source>the account {name} is disabled</source>
        <translation>the account {name} is disabled</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>the account {name} is enabled</source>
        <translation>the account {name} is enabled</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <source>The password of {name} is reset. They choose a new one at their next sign-in.</source>
        <translation>The password of {name} is reset. They choose a new one at their next sign-in.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Must change it</source>
        <translation>Must change it</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Peer (as enrolled)</source>
        <translation>Peer (as enrolled)</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Temporary password again</translation>
    </message>
    <message>
        <source>The new user signs in with the temporary password and then chooses their own. A peer's account belongs to the person enrolled as that peer.</source>
        <translation>The new user signs in with the temporary password and then chooses their own. A peer's account belongs to the person enrolled as that peer.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Survey answer</source>
        <translation>Survey answer</translation>
    </message>
    <message>
        <source>Reason, if not assessed</source>
        <translation>Reason, if not assessed</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Reason not assessed</source>
        <translation>Reason not assessed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>correction of {person}'s answer of {day}</source>
        <translation>correction of {person}'s answer of {day}</translation>
    </message>
    <message>
        <source>{person}'s answer of {day} marked entered in error</source>
        <translation>{person}'s answer of {day} marked entered in error</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason not assessed</source>
        <translation>Reason not assessed</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Account added</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Database encrypted</translation>
    </message>
    <message>
        <source>Database key changed</source>
        <translation>Database key changed</translation>
    </message>
    <message>
        <source>Log restored from a backup</source>
        <translation>Log restored from a backup</translation>
    </message>
    <message>
        <source>Refused (no permission)</source>
        <translation>Refused (no permission)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>Name and contact</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Session peers</source>
        <translation>Session peers</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Activity library</source>
        <translation>Activity library</translation>
    </message>
    <message>
        <source>Emergency event</source>
        <translation>Emergency event</translation>
    </message>
    <message>
        <source>People in an emergency</source>
        <translation>People in an emergency</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Supervision attendance</source>
        <translation>Supervision attendance</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Needs interview</source>
        <translation>Needs interview</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Training attendance</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Survey answer</translation>
    </message>
    <message>
        <source>Exchange key</source>
        <translation>Exchange key</translation>
    </message>
    <message>
        <source>Site in the project</source>
        <translation>Site in the project</translation>
    </message>
    <message>
        <source>Bundle sent</source>
        <translation>Bundle sent</translation>
    </message>
    <message>
        <source>Bundle received</source>
        <translation>Bundle received</translation>
    </message>
    <message>
        <source>Printed sheet</source>
        <translation>Printed sheet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Record key or user name</source>
        <translation>Record key or user name</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>The audit log is intact.</translation>
    </message>
    <message>
        <source>Tampered with ({n} findings):</source>
        <translation>Tampered with ({n} findings):</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Checking the audit log…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencies</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Reading the backups…</translation>
    </message>
    <message>
        <source>No backup to restore yet.</source>
        <translation>No backup to restore yet.</translation>
    </message>
    <message>
        <source>Take a backup now</source>
        <translation>Take a backup now</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup could not be taken in: {folders}</source>
        <translation>The backup could not be taken in: {folders}</translation>
    </message>
    <message>
        <source>Taking a backup…</source>
        <translation>Taking a backup…</translation>
    </message>
    <message>
        <source>Restoring keeps the database as it is now as a backup first.</source>
        <translation>Restoring keeps the database as it is now as a backup first.</translation>
    </message>
    <message>
        <source>No backups yet: one is taken each time the application closes.</source>
        <translation>No backups yet: one is taken each time the application closes.</translation>
    </message>
    <message>
        <source>Restore the backup taken {taken} ({people} people, {sessions} sessions)?

The database as it is now is kept as a backup first. Everything entered since that backup is then no longer shown, and everyone signs in again.</source>
        <translation>Restore the backup taken {taken} ({people} people, {sessions} sessions)?

The database as it is now is kept as a backup first. Everything entered since that backup is then no longer shown, and everyone signs in again.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>The backup was not restored, and the database is as it was.

{reason}</source>
        <translation>The backup was not restored, and the database is as it was.

{reason}</translation>
    </message>
</context>
<context>
    <name>CancelSessionDialog</name>
    <message>
        <source>Cancel session</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>Required when the reason is Other</source>
        <translation>Required when the reason is Other</translation>
    </message>
    <message>
        <source>Also cancel the later sessions of this series</source>
        <translation>Also cancel the later sessions of this series</translation>
    </message>
    <message>
        <source>Session on {day}: {theme}</source>
        <translation>Session on {day}: {theme}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>the cancellation of {n} sessions of the series from {day}</source>
        <translation>the cancellation of {n} sessions of the series from {day}</translation>
    </message>
    <message>
        <source>the cancellation of the session of {day}</source>
        <translation>the cancellation of the session of {day}</translation>
    </message>
</context>
<context>
    <name>CaregiverDialog</name>
    <message>
        <source>Link a caregiver</source>
        <translation>Link a caregiver</translation>
    </message>
    <message>
        <source>Choose the peer or consumer {code} cares for.</source>
        <translation>Choose the peer or consumer {code} cares for.</translation>
    </message>
    <message>
        <source>Choose the caregiver of {code}. A new caregiver is enrolled first, with the role Caregiver.</source>
        <translation>Choose the caregiver of {code}. A new caregiver is enrolled first, with the role Caregiver.</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Cares for</source>
        <translation>Cares for</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Choose a person from the list.</translation>
    </message>
</context>
<context>
    <name>CaresForStep</name>
    <message>
        <source>Who they care for</source>
        <translation>Who they care for</translation>
    </message>
    <message>
        <source>Caregivers are not screened against criteria. Choose the peer or consumer this person cares for: type part of the code or name to find them.</source>
        <translation>Caregivers are not screened against criteria. Choose the peer or consumer this person cares for: type part of the code or name to find them.</translation>
    </message>
    <message>
        <source>Cares for</source>
        <translation>Cares for</translation>
    </message>
    <message>
        <source>Willing to be contacted for follow-up</source>
        <translation>Willing to be contacted for follow-up</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Screened on</translation>
    </message>
    <message>
        <source>Cares for: choose a peer or consumer from the list.</source>
        <translation>Cares for: choose a peer or consumer from the list.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>{name}, your password was set by a community doctor. Choose a password of your own before you go on: at least 8 characters, not your user name and not a common password.</source>
        <translation>{name}, your password was set by a community doctor. Choose a password of your own before you go on: at least 8 characters, not your user name and not a common password.</translation>
    </message>
    <message>
        <source>The new passwords differ.</source>
        <translation>The new passwords differ.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changing the password…</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Check and enrol</source>
        <translation>Check and enrol</translation>
    </message>
    <message>
        <source>Read it through. Go back to change anything; nothing is saved until Enrol.</source>
        <translation>Read it through. Go back to change anything; nothing is saved until Enrol.</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Consent and enrolment</source>
        <translation>Consent and enrolment</translation>
    </message>
    <message>
        <source>Tick each form the person has signed and give the date it was signed.</source>
        <translation>Tick each form the person has signed and give the date it was signed.</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Not signed yet: {forms}</source>
        <translation>Not signed yet: {forms}</translation>
    </message>
</context>
<context>
    <name>ContactStep</name>
    <message>
        <source>Name and contact</source>
        <translation>Name and contact</translation>
    </message>
    <message>
        <source>Names and contact details stay on this computer; data packages for the project manager carry codes only.</source>
        <translation>Names and contact details stay on this computer; data packages for the project manager carry codes only.</translation>
    </message>
    <message>
        <source>name, relationship and phone</source>
        <translation>name, relationship and phone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
</context>
<context>
    <name>CorrectCodeDialog</name>
    <message>
        <source>Correct the code {code}</source>
        <translation>Correct the code {code}</translation>
    </message>
    <message>
        <source>The code {code} is kept as a former code: searching for it still finds this person, and their page shows “formerly {code}”. Printed sheets with the old code still open this person.</source>
        <translation>The code {code} is kept as a former code: searching for it still finds this person, and their page shows “formerly {code}”. Printed sheets with the old code still open this person.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>New code</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Give the new code.</source>
        <translation>Give the new code.</translation>
    </message>
    <message>
        <source>Type the new code in place of the old one.</source>
        <translation>Type the new code in place of the old one.</translation>
    </message>
    <message>
        <source>The code {code} is already in use.</source>
        <translation>The code {code} is already in use.</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>New training course</source>
        <translation>New training course</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>correction of the course “{title}”</source>
        <translation>correction of the course “{title}”</translation>
    </message>
    <message>
        <source>course “{title}” marked entered in error</source>
        <translation>course “{title}” marked entered in error</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
</context>
<context>
    <name>CriteriaBox</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Source of evidence</source>
        <translation>Source of evidence</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2024-03-05</source>
        <translation>e.g. 2024-03-05</translation>
    </message>
    <message>
        <source>Type the date (2024-03-05, 2024/3/5 or 20240305) or pick it on the calendar</source>
        <translation>Type the date (2024-03-05, 2024/3/5 or 20240305) or pick it on the calendar</translation>
    </message>
    <message>
        <source>Pick on the calendar</source>
        <translation>Pick on the calendar</translation>
    </message>
    <message>
        <source>{text} is not a date: type it as 2024-03-05.</source>
        <translation>{text} is not a date: type it as 2024-03-05.</translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <source>Screening decision</source>
        <translation>Screening decision</translation>
    </message>
    <message>
        <source>How the person came, the team psychiatrist's assessment and whether the person is eligible.</source>
        <translation>How the person came, the team psychiatrist's assessment and whether the person is eligible.</translation>
    </message>
    <message>
        <source>Other: how?</source>
        <translation>Other: how?</translation>
    </message>
    <message>
        <source>How the person came</source>
        <translation>How the person came</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Other way</translation>
    </message>
    <message>
        <source>Diagnosis found</source>
        <translation>Diagnosis found</translation>
    </message>
    <message>
        <source>Team psychiatrist</source>
        <translation>Team psychiatrist</translation>
    </message>
    <message>
        <source>Psychiatrist's assessment</source>
        <translation>Psychiatrist's assessment</translation>
    </message>
    <message>
        <source>Compassionate and willing to help</source>
        <translation>Compassionate and willing to help</translation>
    </message>
    <message>
        <source>Practical skills</source>
        <translation>Practical skills</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
</context>
<context>
    <name>EmergenciesPage</name>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Every field of the report, its history and addenda</source>
        <translation>Every field of the report, its history and addenda</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Reported, not yet acknowledged</source>
        <translation>Reported, not yet acknowledged</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Search reports…</source>
        <translation>Search reports…</translation>
    </message>
    <message>
        <source>Report an emergency</source>
        <translation>Report an emergency</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Follow up / close</source>
        <translation>Follow up / close</translation>
    </message>
    <message>
        <source>Emergency Event Form</source>
        <translation>Emergency Event Form</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencies</translation>
    </message>
    <message>
        <source>No emergency has been reported. When something happens that needs the doctor, report it here.</source>
        <translation>No emergency has been reported. When something happens that needs the doctor, report it here.</translation>
    </message>
    <message>
        <source>the emergency report</source>
        <translation>the emergency report</translation>
    </message>
    <message>
        <source>Who acknowledges this report?</source>
        <translation>Who acknowledges this report?</translation>
    </message>
    <message>
        <source>acknowledgement of the report of {day}</source>
        <translation>acknowledgement of the report of {day}</translation>
    </message>
    <message>
        <source>follow-up of the report of {day}</source>
        <translation>follow-up of the report of {day}</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Emergency Event Form</source>
        <translation>Emergency Event Form</translation>
    </message>
</context>
<context>
    <name>EmergencyForm</name>
    <message>
        <source>Choose the kind of event…</source>
        <translation>Choose the kind of event…</translation>
    </message>
    <message>
        <source>Handed to the doctor on</source>
        <translation>Handed to the doctor on</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Adverse event or behavioural emergency</source>
        <translation>Adverse event or behavioural emergency</translation>
    </message>
    <message>
        <source>What kind of event</source>
        <translation>What kind of event</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Reported to (community doctor)</source>
        <translation>Reported to (community doctor)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Form given to the doctor</source>
        <translation>Form given to the doctor</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Enrol a person</source>
        <translation>Enrol a person</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
</context>
<context>
    <name>EventCorrectionDialog</name>
    <message>
        <source>Correct the emergency report</source>
        <translation>Correct the emergency report</translation>
    </message>
</context>
<context>
    <name>EventDetailDialog</name>
    <message>
        <source>Emergency report</source>
        <translation>Emergency report</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>Show the pages…</source>
        <translation>Show the pages…</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>Paper sheets</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Add an addendum…</source>
        <translation>Add an addendum…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Adverse event or behavioural emergency</source>
        <translation>Adverse event or behavioural emergency</translation>
    </message>
    <message>
        <source>What kind of event</source>
        <translation>What kind of event</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>Form given to the doctor</source>
        <translation>Form given to the doctor</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>This report was closed on {day}: it can no longer be corrected. Add an addendum for what was learned since.</source>
        <translation>This report was closed on {day}: it can no longer be corrected. Add an addendum for what was learned since.</translation>
    </message>
    <message>
        <source>correction of the emergency report of {day}</source>
        <translation>correction of the emergency report of {day}</translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation>Add an addendum</translation>
    </message>
    <message>
        <source>What was learned or done since? The report itself stays as it is.</source>
        <translation>What was learned or done since? The report itself stays as it is.</translation>
    </message>
    <message>
        <source>addendum to the emergency report of {day}</source>
        <translation>addendum to the emergency report of {day}</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Six-weekly hand-over</source>
        <translation>Six-weekly hand-over</translation>
    </message>
    <message>
        <source>Audit logs to check (went back or rewritten):</source>
        <translation>Audit logs to check (went back or rewritten):</translation>
    </message>
    <message>
        <source>Everything again (full re-export)</source>
        <translation>Everything again (full re-export)</translation>
    </message>
    <message>
        <source>Export the bundle…</source>
        <translation>Export the bundle…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <source>Confirm the site's key…</source>
        <translation>Confirm the site's key…</translation>
    </message>
    <message>
        <source>Print the site's key fingerprint…</source>
        <translation>Print the site's key fingerprint…</translation>
    </message>
    <message>
        <source>Print this site's key fingerprint…</source>
        <translation>Print this site's key fingerprint…</translation>
    </message>
    <message>
        <source>Print the site's receipt…</source>
        <translation>Print the site's receipt…</translation>
    </message>
    <message>
        <source>Join a project…</source>
        <translation>Join a project…</translation>
    </message>
    <message>
        <source>This site has not joined a project yet. Join with the project file from the project manager; then this site can send its bundles.</source>
        <translation>This site has not joined a project yet. Join with the project file from the project manager; then this site can send its bundles.</translation>
    </message>
    <message>
        <source>Sites and their key fingerprints:</source>
        <translation>Sites and their key fingerprints:</translation>
    </message>
    <message>
        <source>Bundles not yet arrived:</source>
        <translation>Bundles not yet arrived:</translation>
    </message>
    <message>
        <source>Bundles imported:</source>
        <translation>Bundles imported:</translation>
    </message>
    <message>
        <source>Bundles written:</source>
        <translation>Bundles written:</translation>
    </message>
    <message>
        <source>No bundle imported yet. Sites send one every six weeks.</source>
        <translation>No bundle imported yet. Sites send one every six weeks.</translation>
    </message>
    <message>
        <source>No bundle written yet. Write one every six weeks for the project manager.</source>
        <translation>No bundle written yet. Write one every six weeks for the project manager.</translation>
    </message>
    <message>
        <source>#{n}  {when}  {rows} records  {file}</source>
        <translation>#{n}  {when}  {rows} records  {file}</translation>
    </message>
    <message>
        <source>{site} #{n}  {when}  {rows} records</source>
        <translation>{site} #{n}  {when}  {rows} records</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>Project files (*.json);;All files (*)</source>
        <translation>Project files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Join a project</source>
        <translation>Join a project</translation>
    </message>
    <message>
        <source>Joined the project</source>
        <translation>Joined the project</translation>
    </message>
    <message>
        <source>This site has joined the project and can send bundles now. Give the project manager this site's key fingerprint, to confirm it: {fingerprint}</source>
        <translation>This site has joined the project and can send bundles now. Give the project manager this site's key fingerprint, to confirm it: {fingerprint}</translation>
    </message>
    <message>
        <source>Export the bundle</source>
        <translation>Export the bundle</translation>
    </message>
    <message>
        <source>Bundles (*.bundle)</source>
        <translation>Bundles (*.bundle)</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Bundle written</translation>
    </message>
    <message>
        <source>Bundle {n} written to {file}.</source>
        <translation>Bundle {n} written to {file}.</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation>Bundle not written</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Choose a site in the list first.</source>
        <translation>Choose a site in the list first.</translation>
    </message>
    <message>
        <source>Confirm the site's key</source>
        <translation>Confirm the site's key</translation>
    </message>
    <message>
        <source>Has site {site} confirmed that its fingerprint is {fingerprint}?</source>
        <translation>Has site {site} confirmed that its fingerprint is {fingerprint}?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>No follow-up yet.</translation>
    </message>
    <message>
        <source>Close this report</source>
        <translation>Close this report</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Excel workbooks and CSV files (*.xlsx *.csv);;All files (*)</source>
        <translation>Excel workbooks and CSV files (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <source>Rows ({n})</source>
        <translation>Rows ({n})</translation>
    </message>
    <message>
        <source>First {n} rows</source>
        <translation>First {n} rows</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>{rows} rows read from {file}, no problems found. Nothing is written until you choose Import.</source>
        <translation>{rows} rows read from {file}, no problems found. Nothing is written until you choose Import.</translation>
    </message>
    <message>
        <source>{rows} rows read from {file}; {n} problems found. Nothing can be imported until they are corrected in the file.</source>
        <translation>{rows} rows read from {file}; {n} problems found. Nothing can be imported until they are corrected in the file.</translation>
    </message>
    <message>
        <source>The first {n} are listed.</source>
        <translation>The first {n} are listed.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Activity library</source>
        <translation>Activity library</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>Use this plan</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>Main activity</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <source>{name} was signed in. Type the password to go on where you left off.</source>
        <translation>{name} was signed in. Type the password to go on where you left off.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Sign in as someone else</translation>
    </message>
    <message>
        <source>Sign in with your own account. The work of {name} is kept as their draft, and their open windows are closed.</source>
        <translation>Sign in with your own account. The work of {name} is kept as their draft, and their open windows are closed.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Back: unlock as {name}</source>
        <translation>Back: unlock as {name}</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Yes (see the emergency reports)</source>
        <translation>Yes (see the emergency reports)</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <source>e.g. C2 was marked absent by mistake</source>
        <translation>e.g. C2 was marked absent by mistake</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Leave without saving</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Started at</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Ended at</translation>
    </message>
    <message>
        <source>Tick each consumer who came:</source>
        <translation>Tick each consumer who came:</translation>
    </message>
    <message>
        <source>Peers present:</source>
        <translation>Peers present:</translation>
    </message>
    <message>
        <source>Staff present:</source>
        <translation>Staff present:</translation>
    </message>
    <message>
        <source>Venue as held</source>
        <translation>Venue as held</translation>
    </message>
    <message>
        <source>Topic category as held</source>
        <translation>Topic category as held</translation>
    </message>
    <message>
        <source>Adverse event during the session</source>
        <translation>Adverse event during the session</translation>
    </message>
    <message>
        <source>Record kept by</source>
        <translation>Record kept by</translation>
    </message>
    <message>
        <source>Hand-over batch</source>
        <translation>Hand-over batch</translation>
    </message>
    <message>
        <source>Consumers' feedback</source>
        <translation>Consumers' feedback</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Why it is corrected (optional)</source>
        <translation>Why it is corrected (optional)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>{who} (on leave)</source>
        <translation>{who} (on leave)</translation>
    </message>
    <message>
        <source>the corrected log of “{theme}” on {day}</source>
        <translation>the corrected log of “{theme}” on {day}</translation>
    </message>
</context>
<context>
    <name>LogSessionPage</name>
    <message>
        <source>Continue where I left off</source>
        <translation>Continue where I left off</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Started at</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Ended at</translation>
    </message>
    <message>
        <source>Where was it held?</source>
        <translation>Where was it held?</translation>
    </message>
    <message>
        <source>Venue details</source>
        <translation>Venue details</translation>
    </message>
    <message>
        <source>Topic category as held</source>
        <translation>Topic category as held</translation>
    </message>
    <message>
        <source>Tick each consumer who came:</source>
        <translation>Tick each consumer who came:</translation>
    </message>
    <message>
        <source>Peers present:</source>
        <translation>Peers present:</translation>
    </message>
    <message>
        <source>Staff present:</source>
        <translation>Staff present:</translation>
    </message>
    <message>
        <source>What did the consumers say about it?</source>
        <translation>What did the consumers say about it?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Paper forms go to the project manager every six weeks; batch 1 is the community's first six weeks.</source>
        <translation>Paper forms go to the project manager every six weeks; batch 1 is the community's first six weeks.</translation>
    </message>
    <message>
        <source>Who kept the record?</source>
        <translation>Who kept the record?</translation>
    </message>
    <message>
        <source>Hand-over batch (every six weeks)</source>
        <translation>Hand-over batch (every six weeks)</translation>
    </message>
    <message>
        <source>No, nothing happened</source>
        <translation>No, nothing happened</translation>
    </message>
    <message>
        <source>Yes, something happened</source>
        <translation>Yes, something happened</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Save the log</translation>
    </message>
    <message>
        <source>Step 1 of 5: which session?</source>
        <translation>Step 1 of 5: which session?</translation>
    </message>
    <message>
        <source>Step 2 of 5: when and where was it, on what topic?</source>
        <translation>Step 2 of 5: when and where was it, on what topic?</translation>
    </message>
    <message>
        <source>Step 4 of 5: feedback, notes and who kept the record</source>
        <translation>Step 4 of 5: feedback, notes and who kept the record</translation>
    </message>
    <message>
        <source>Step 3 of 5: who was there?</source>
        <translation>Step 3 of 5: who was there?</translation>
    </message>
    <message>
        <source>No session is waiting to be logged. Sessions held appear here.</source>
        <translation>No session is waiting to be logged. Sessions held appear here.</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <source>Step 5 of 5: did anything happen that needs the doctor?</source>
        <translation>Step 5 of 5: did anything happen that needs the doctor?</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>{code} (on leave)</source>
        <translation>{code} (on leave)</translation>
    </message>
    <message>
        <source>{ticked} of {everyone} present</source>
        <translation>{ticked} of {everyone} present</translation>
    </message>
    <message>
        <source>Answer the question first: did anything happen that needs the doctor?</source>
        <translation>Answer the question first: did anything happen that needs the doctor?</translation>
    </message>
    <message>
        <source>the log of “{theme}” on {day}</source>
        <translation>the log of “{theme}” on {day}</translation>
    </message>
    <message>
        <source>The log of {session} is not saved.</source>
        <translation>The log of {session} is not saved.</translation>
    </message>
    <message>
        <source>A session log you started on {when} was not saved yet.</source>
        <translation>A session log you started on {when} was not saved yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>After the session</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencies</translation>
    </message>
    <message>
        <source>Supervision and training</source>
        <translation>Supervision and training</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Peer support service desk {version} — {site}</source>
        <translation>Peer support service desk {version} — {site}</translation>
    </message>
    <message>
        <source>{site} ({code}) · {user}, {role}</source>
        <translation>{site} ({code}) · {user}, {role}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Type or scan a form's code</source>
        <translation>Type or scan a form's code</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Print a &amp;blank form</source>
        <translation>Print a &amp;blank form</translation>
    </message>
    <message>
        <source>&amp;Read paper sheets…</source>
        <translation>&amp;Read paper sheets…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>&amp;Accounts and staff…</source>
        <translation>&amp;Accounts and staff…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>New &amp;recovery key…</translation>
    </message>
    <message>
        <source>Change the database &amp;key…</source>
        <translation>Change the database &amp;key…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Import &amp;participants…</source>
        <translation>Import &amp;participants…</translation>
    </message>
    <message>
        <source>Import survey &amp;answers…</source>
        <translation>Import survey &amp;answers…</translation>
    </message>
    <message>
        <source>{n} emergency report(s) waiting for acknowledgement</source>
        <translation>{n} emergency report(s) waiting for acknowledgement</translation>
    </message>
    <message>
        <source>No record has the code {code}.</source>
        <translation>No record has the code {code}.</translation>
    </message>
    <message>
        <source>Taking today's backup…</source>
        <translation>Taking today's backup…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Today's backup could not be taken in:
{folders}

The earlier backups are kept. Please check the folder in Preferences.</source>
        <translation>Today's backup could not be taken in:
{folders}

The earlier backups are kept. Please check the folder in Preferences.</translation>
    </message>
    <message>
        <source>Today's backup could not be taken: {reason}

The earlier backups are kept.</source>
        <translation>Today's backup could not be taken: {reason}

The earlier backups are kept.</translation>
    </message>
    <message>
        <source>Read paper sheets</source>
        <translation>Read paper sheets</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.PDF *.JPG *.JPEG *.PNG *.HEIC *.HEIF)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.PDF *.JPG *.JPEG *.PNG *.HEIC *.HEIF)</translation>
    </message>
    <message>
        <source>Reading paper sheets…</source>
        <translation>Reading paper sheets…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup is restored and open. {summary}
Please sign in again.</source>
        <translation>The backup is restored and open. {summary}
Please sign in again.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old recovery sheet will no longer open the database (it still opens backups made before now). Print the new sheet and destroy the old one.</source>
        <translation>Make a new recovery key? The old recovery sheet will no longer open the database (it still opens backups made before now). Print the new sheet and destroy the old one.</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Making a new recovery key…</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>Change the database key</translation>
    </message>
    <message>
        <source>Put the database under a new key? Do this when someone who knew a password has left. Disabled accounts, old copies of the key file and the old recovery sheet will no longer open it (backups made before keep their own key file). A new recovery sheet is made: print it and destroy the old one.</source>
        <translation>Put the database under a new key? Do this when someone who knew a password has left. Disabled accounts, old copies of the key file and the old recovery sheet will no longer open it (backups made before keep their own key file). A new recovery sheet is made: print it and destroy the old one.</translation>
    </message>
    <message>
        <source>Changing the database key…</source>
        <translation>Changing the database key…</translation>
    </message>
    <message>
        <source>These accounts must have their password reset before they can sign in again: {names}</source>
        <translation>These accounts must have their password reset before they can sign in again: {names}</translation>
    </message>
    <message>
        <source>Cannot change the key</source>
        <translation>Cannot change the key</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Pre-service needs interview</source>
        <translation>Pre-service needs interview</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>What they hope for from the service</source>
        <translation>What they hope for from the service</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>Preferred times</translation>
    </message>
    <message>
        <source>Preferred activities</source>
        <translation>Preferred activities</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>the needs interview of {person} on {day} ({role})</source>
        <translation>the needs interview of {person} on {day} ({role})</translation>
    </message>
    <message>
        <source>correction of {what}</source>
        <translation>correction of {what}</translation>
    </message>
    <message>
        <source>{what} marked entered in error</source>
        <translation>{what} marked entered in error</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Temporary password again</translation>
    </message>
    <message>
        <source>A temporary password for {name}. They choose their own at their next sign-in.</source>
        <translation>A temporary password for {name}. They choose their own at their next sign-in.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
<context>
    <name>PageUndo</name>
    <message>
        <source>Undone: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <source>Done again: {what}</source>
        <translation>Done again: {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Put back what was there before this save (Ctrl+Z)</source>
        <translation>Put back what was there before this save (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>Saved: {what}</translation>
    </message>
</context>
<context>
    <name>PaperSheetsDialog</name>
    <message>
        <source>Page {page}, saved {when} by {who}</source>
        <translation>Page {page}, saved {when} by {who}</translation>
    </message>
    <message>
        <source>Consumers' feedback</source>
        <translation>Consumers' feedback</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Other kind of event (written in)</source>
        <translation>Other kind of event (written in)</translation>
    </message>
    <message>
        <source>Pages kept: {n}</source>
        <translation>Pages kept: {n}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{kept}; handwritten notes attached: {fields}</source>
        <translation>{kept}; handwritten notes attached: {fields}</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>Paper sheets</translation>
    </message>
    <message>
        <source>Handwritten notes are kept as images: type them in when you can.</source>
        <translation>Handwritten notes are kept as images: type them in when you can.</translation>
    </message>
    <message>
        <source>Handwritten: {field}</source>
        <translation>Handwritten: {field}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Cares for</source>
        <translation>Cares for</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Search people…</source>
        <translation>Search people…</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Enrol a person</source>
        <translation>Enrol a person</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>The highlighted person's detail (or double-click)</source>
        <translation>The highlighted person's detail (or double-click)</translation>
    </message>
    <message>
        <source>Pre-service needs interview</source>
        <translation>Pre-service needs interview</translation>
    </message>
    <message>
        <source>Whole personal record</source>
        <translation>Whole personal record</translation>
    </message>
    <message>
        <source>{shown} of {total} people shown</source>
        <translation>{shown} of {total} people shown</translation>
    </message>
    <message>
        <source>the enrolment of {code}</source>
        <translation>the enrolment of {code}</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Nobody is enrolled yet.</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Screening and consent checklist</source>
        <translation>Screening and consent checklist</translation>
    </message>
    <message>
        <source>Survey interview sheet</source>
        <translation>Survey interview sheet</translation>
    </message>
</context>
<context>
    <name>PersonDetailDialog</name>
    <message>
        <source>Role or change</source>
        <translation>Role or change</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Screening and consent</source>
        <translation>Screening and consent</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Correct demographics, community and contact</source>
        <translation>Correct demographics, community and contact</translation>
    </message>
    <message>
        <source>Correct the code…</source>
        <translation>Correct the code…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Link a caregiver…</source>
        <translation>Link a caregiver…</translation>
    </message>
    <message>
        <source>Show contact details</source>
        <translation>Show contact details</translation>
    </message>
    <message>
        <source>Show screening and consent</source>
        <translation>Show screening and consent</translation>
    </message>
    <message>
        <source>Print the whole record…</source>
        <translation>Print the whole record…</translation>
    </message>
    <message>
        <source>Consent withdrawn…</source>
        <translation>Consent withdrawn…</translation>
    </message>
    <message>
        <source>Erase this person's name, contact details and notes for good</source>
        <translation>Erase this person's name, contact details and notes for good</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Roles and status over time</source>
        <translation>Roles and status over time</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Person {code}</source>
        <translation>Person {code}</translation>
    </message>
    <message>
        <source>formerly {codes}</source>
        <translation>formerly {codes}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{date} (age {age})</source>
        <translation>{date} (age {age})</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Consent withdrawn on</translation>
    </message>
    <message>
        <source>Cares for {code}</source>
        <translation>Cares for {code}</translation>
    </message>
    <message>
        <source>Cared for by {code}</source>
        <translation>Cared for by {code}</translation>
    </message>
    <message>
        <source>No caregiver linked.</source>
        <translation>No caregiver linked.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Open the screening of {date}…</source>
        <translation>Open the screening of {date}…</translation>
    </message>
    <message>
        <source>Open the needs interview of {date}…</source>
        <translation>Open the needs interview of {date}…</translation>
    </message>
    <message>
        <source>Record a needs interview…</source>
        <translation>Record a needs interview…</translation>
    </message>
    <message>
        <source>the needs interview of {code}</source>
        <translation>the needs interview of {code}</translation>
    </message>
    <message>
        <source>No screening recorded.</source>
        <translation>No screening recorded.</translation>
    </message>
    <message>
        <source>signed on {date}</source>
        <translation>signed on {date}</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Screened on {date} for the role {role}</source>
        <translation>Screened on {date} for the role {role}</translation>
    </message>
    <message>
        <source>assessed by {name}</source>
        <translation>assessed by {name}</translation>
    </message>
    <message>
        <source>PSP score {score}</source>
        <translation>PSP score {score}</translation>
    </message>
    <message>
        <source>willing to be contacted for follow-up</source>
        <translation>willing to be contacted for follow-up</translation>
    </message>
    <message>
        <source>not willing to be contacted for follow-up</source>
        <translation>not willing to be contacted for follow-up</translation>
    </message>
    <message>
        <source>{who} has withdrawn consent?

Their name, phone, address, emergency contact and the notes written about them are erased for good, here and, with the next bundle, at the project manager. Their code, roles, dates, attendance and answers are kept for the counts, with the birth date cut to the year.</source>
        <translation>{who} has withdrawn consent?

Their name, phone, address, emergency contact and the notes written about them are erased for good, here and, with the next bundle, at the project manager. Their code, roles, dates, attendance and answers are kept for the counts, with the birth date cut to the year.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>changes to {code}</source>
        <translation>changes to {code}</translation>
    </message>
    <message>
        <source>code {old} corrected to {new}</source>
        <translation>code {old} corrected to {new}</translation>
    </message>
    <message>
        <source>the status change of {code}</source>
        <translation>the status change of {code}</translation>
    </message>
    <message>
        <source>the caregiver link of {code}</source>
        <translation>the caregiver link of {code}</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <source>Edit {code}</source>
        <translation>Edit {code}</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>Activity Plan Form</source>
        <translation>Activity Plan Form</translation>
    </message>
    <message>
        <source>What the community doctor or psychologist advised before the session</source>
        <translation>What the community doctor or psychologist advised before the session</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Start from the activity library…</source>
        <translation>Start from the activity library…</translation>
    </message>
    <message>
        <source>Save this plan to the library</source>
        <translation>Save this plan to the library</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Venue details</source>
        <translation>Venue details</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>Topic category</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Other format</source>
        <translation>Other format</translation>
    </message>
    <message>
        <source>Lead peer</source>
        <translation>Lead peer</translation>
    </message>
    <message>
        <source>Assisting peers</source>
        <translation>Assisting peers</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>Record keeper</translation>
    </message>
    <message>
        <source>Direction given by</source>
        <translation>Direction given by</translation>
    </message>
    <message>
        <source>Direction before the session</source>
        <translation>Direction before the session</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>Main activity</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Planned {n} session(s) of “{theme}” from {day}</source>
        <translation>Planned {n} session(s) of “{theme}” from {day}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A new language shows after the application restarts.</source>
        <translation>A new language shows after the application restarts.</translation>
    </message>
    <message>
        <source>Lock after no use for</source>
        <translation>Lock after no use for</translation>
    </message>
    <message>
        <source>Second backup folder (e.g. a USB stick)</source>
        <translation>Second backup folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Peers see people's names as</source>
        <translation>Peers see people's names as</translation>
    </message>
    <message>
        <source>Community doctors and other professionals always see full names; research assistants see codes.</source>
        <translation>Community doctors and other professionals always see full names; research assistants see codes.</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <source>Entered in error…</source>
        <translation>Entered in error…</translation>
    </message>
    <message>
        <source>Cross it out: gone from lists and reports, history kept</source>
        <translation>Cross it out: gone from lists and reports, history kept</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Why was this record entered in error?</source>
        <translation>Why was this record entered in error?</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Entered in error</translation>
    </message>
    <message>
        <source>the correction</source>
        <translation>the correction</translation>
    </message>
    <message>
        <source>the record marked entered in error</source>
        <translation>the record marked entered in error</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet (capitals, spaces and dashes do not matter), the user name whose password is forgotten, and a new password.</source>
        <translation>Type the recovery key from the recovery sheet (capitals, spaces and dashes do not matter), the user name whose password is forgotten, and a new password.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Set the password</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>The database on this computer is encrypted. If every password is forgotten, this recovery key opens it and lets a new password be set. It is shown only now: print the recovery sheet (or write the key down) and lock it away, not with the computer.</source>
        <translation>The database on this computer is encrypted. If every password is forgotten, this recovery key opens it and lets a new password be set. It is shown only now: print the recovery sheet (or write the key down) and lock it away, not with the computer.</translation>
    </message>
    <message>
        <source>The key file beside the database holds what opens it: back it up with the database. If both the key file and the recovery key are lost, the data is lost.</source>
        <translation>The key file beside the database holds what opens it: back it up with the database. If both the key file and the recovery key are lost, the data is lost.</translation>
    </message>
    <message>
        <source>Print or save the recovery sheet…</source>
        <translation>Print or save the recovery sheet…</translation>
    </message>
    <message>
        <source>I have put it away safely</source>
        <translation>I have put it away safely</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Build the report</source>
        <translation>Build the report</translation>
    </message>
    <message>
        <source>Save this chart as an image…</source>
        <translation>Save this chart as an image…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Communities (none ticked: all)</source>
        <translation>Communities (none ticked: all)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>No report yet. Choose the period and the communities above, then build the report to see its charts and tables.</source>
        <translation>No report yet. Choose the period and the communities above, then build the report to see its charts and tables.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>The report was not built.</source>
        <translation>The report was not built.</translation>
    </message>
    <message>
        <source>{n} sessions held in the period.</source>
        <translation>{n} sessions held in the period.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>The report is saved in {file}.</source>
        <translation>The report is saved in {file}.</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>Images (*.png)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>SavedLine</name>
    <message>
        <source>Saved: {what}</source>
        <translation>Saved: {what}</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>the screening of {person} on {day} ({role})</source>
        <translation>the screening of {person} on {day} ({role})</translation>
    </message>
    <message>
        <source>correction of {what}</source>
        <translation>correction of {what}</translation>
    </message>
    <message>
        <source>{what} marked entered in error</source>
        <translation>{what} marked entered in error</translation>
    </message>
</context>
<context>
    <name>ScreeningStep</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Answer Yes or No for each inclusion criterion, as the assessor found it, and choose where the evidence came from.</source>
        <translation>Answer Yes or No for each inclusion criterion, as the assessor found it, and choose where the evidence came from.</translation>
    </message>
    <message>
        <source>PSP score</source>
        <translation>PSP score</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Screened on</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>⚠ Not met: {labels}. You will be asked to confirm.</source>
        <translation>⚠ Not met: {labels}. You will be asked to confirm.</translation>
    </message>
    <message>
        <source>Answer Yes or No for: {labels}.</source>
        <translation>Answer Yes or No for: {labels}.</translation>
    </message>
    <message>
        <source>{met} of {total} met</source>
        <translation>{met} of {total} met</translation>
    </message>
    <message>
        <source>Inclusion criteria</source>
        <translation>Inclusion criteria</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Double-click a report to see it whole</source>
        <translation>Double-click a report to see it whole</translation>
    </message>
    <message>
        <source>Emergency reports</source>
        <translation>Emergency reports</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>Topic category</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Lead peer</source>
        <translation>Lead peer</translation>
    </message>
    <message>
        <source>Assisting peers</source>
        <translation>Assisting peers</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>Main activity</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>Record keeper</translation>
    </message>
    <message>
        <source>Direction before the session</source>
        <translation>Direction before the session</translation>
    </message>
    <message>
        <source>Change the plan…</source>
        <translation>Change the plan…</translation>
    </message>
    <message>
        <source>This session has not been logged.</source>
        <translation>This session has not been logged.</translation>
    </message>
    <message>
        <source>Actual time</source>
        <translation>Actual time</translation>
    </message>
    <message>
        <source>Peers present</source>
        <translation>Peers present</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>Staff present</translation>
    </message>
    <message>
        <source>Consumers' feedback</source>
        <translation>Consumers' feedback</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Venue and topic as held</source>
        <translation>Venue and topic as held</translation>
    </message>
    <message>
        <source>Adverse event during the session</source>
        <translation>Adverse event during the session</translation>
    </message>
    <message>
        <source>Record kept by</source>
        <translation>Record kept by</translation>
    </message>
    <message>
        <source>Hand-over batch</source>
        <translation>Hand-over batch</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Logged by</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Paper sheets…</source>
        <translation>Paper sheets…</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>Paper sheets</translation>
    </message>
    <message>
        <source>Correct the log…</source>
        <translation>Correct the log…</translation>
    </message>
    <message>
        <source>{status}: {reason}{note}</source>
        <translation>{status}: {reason}{note}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>No emergency was reported from this session.</source>
        <translation>No emergency was reported from this session.</translation>
    </message>
    <message>
        <source>Emergency reports ({n})</source>
        <translation>Emergency reports ({n})</translation>
    </message>
    <message>
        <source>the plan of “{theme}” on {day}</source>
        <translation>the plan of “{theme}” on {day}</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>Topic category</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead peer</source>
        <translation>Lead peer</translation>
    </message>
    <message>
        <source>Consumers present</source>
        <translation>Consumers present</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Search sessions…</source>
        <translation>Search sessions…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Cancel session…</translation>
    </message>
    <message>
        <source>Delete (planned by mistake)…</source>
        <translation>Delete (planned by mistake)…</translation>
    </message>
    <message>
        <source>Activity Plan Form</source>
        <translation>Activity Plan Form</translation>
    </message>
    <message>
        <source>Activity Process Form</source>
        <translation>Activity Process Form</translation>
    </message>
    <message>
        <source>Participant List</source>
        <translation>Participant List</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>No sessions planned yet.</source>
        <translation>No sessions planned yet.</translation>
    </message>
    <message>
        <source>The sessions could not be read</source>
        <translation>The sessions could not be read</translation>
    </message>
    <message>
        <source>{shown} of {n} sessions</source>
        <translation>{shown} of {n} sessions</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <source>{n} sessions from {start} to {end}</source>
        <translation>{n} sessions from {start} to {end}</translation>
    </message>
    <message>
        <source>(reading the other sessions…)</source>
        <translation>(reading the other sessions…)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Delete the session of {day}, "{theme}", as planned by mistake? It is kept in the log, marked deleted.</source>
        <translation>Delete the session of {day}, "{theme}", as planned by mistake? It is kept in the log, marked deleted.</translation>
    </message>
    <message>
        <source>the deletion of the session of {day}</source>
        <translation>the deletion of the session of {day}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up this site</source>
        <translation>Set up this site</translation>
    </message>
    <message>
        <source>Optional: the project file from the project manager</source>
        <translation>Optional: the project file from the project manager</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Site code</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Community code</source>
        <translation>Community code</translation>
    </message>
    <message>
        <source>Community name (Chinese)</source>
        <translation>Community name (Chinese)</translation>
    </message>
    <message>
        <source>Community name (English)</source>
        <translation>Community name (English)</translation>
    </message>
    <message>
        <source>Service started on</source>
        <translation>Service started on</translation>
    </message>
    <message>
        <source>Community doctor's name</source>
        <translation>Community doctor's name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>Welcome. Set up this computer's database once: the site, its first community and the community doctor who will manage accounts. The database is encrypted; you will be given a recovery key to print and lock away.</source>
        <translation>Welcome. Set up this computer's database once: the site, its first community and the community doctor who will manage accounts. The database is encrypted; you will be given a recovery key to print and lock away.</translation>
    </message>
    <message>
        <source>Project files (*.json);;All files (*)</source>
        <translation>Project files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The project file</source>
        <translation>The project file</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
<context>
    <name>SheetReviewDialog</name>
    <message>
        <source>ticked</source>
        <translation>ticked</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>uncertain: decide</source>
        <translation>uncertain: decide</translation>
    </message>
    <message>
        <source>Read paper sheets</source>
        <translation>Read paper sheets</translation>
    </message>
    <message>
        <source>Not read: {source}: {reason}</source>
        <translation>Not read: {source}: {reason}</translation>
    </message>
    <message>
        <source>&lt;span style="color:{ticked}"&gt;■ ticked&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style="color:{uncertain}"&gt;■ uncertain: decide&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style="color:{empty}"&gt;■ empty&lt;/span&gt;</source>
        <translation>&lt;span style="color:{ticked}"&gt;■ ticked&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style="color:{uncertain}"&gt;■ uncertain: decide&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style="color:{empty}"&gt;■ empty&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The sheet is right: correct the log</source>
        <translation>The sheet is right: correct the log</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Interview date (as written on the sheet)</source>
        <translation>Interview date (as written on the sheet)</translation>
    </message>
    <message>
        <source>Date and time (as written on the form)</source>
        <translation>Date and time (as written on the form)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Boxes (uncertain first): tick or clear each</source>
        <translation>Boxes (uncertain first): tick or clear each</translation>
    </message>
    <message>
        <source>Sessions read</source>
        <translation>Sessions read</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Save this session</source>
        <translation>Save this session</translation>
    </message>
    <message>
        <source>Pages read: {pages}; not read: {refused}.</source>
        <translation>Pages read: {pages}; not read: {refused}.</translation>
    </message>
    <message>
        <source>New report ({code}): {forms}, pages: {n}</source>
        <translation>New report ({code}): {forms}, pages: {n}</translation>
    </message>
    <message>
        <source>{when} ({code}): {forms}, pages: {n}</source>
        <translation>{when} ({code}): {forms}, pages: {n}</translation>
    </message>
    <message>
        <source>{person} ({code}): {forms}, pages: {n}</source>
        <translation>{person} ({code}): {forms}, pages: {n}</translation>
    </message>
    <message>
        <source>{day} {start} ({code}): {forms}, pages: {n}</source>
        <translation>{day} {start} ({code}): {forms}, pages: {n}</translation>
    </message>
    <message>
        <source>{form}, page {page}</source>
        <translation>{form}, page {page}</translation>
    </message>
    <message>
        <source>{box}: {state}</source>
        <translation>{box}: {state}</translation>
    </message>
    <message>
        <source>Save these answers</source>
        <translation>Save these answers</translation>
    </message>
    <message>
        <source>Save this screening</source>
        <translation>Save this screening</translation>
    </message>
    <message>
        <source>Report this emergency</source>
        <translation>Report this emergency</translation>
    </message>
    <message>
        <source>Save this emergency form</source>
        <translation>Save this emergency form</translation>
    </message>
    <message>
        <source>{question} {answer}</source>
        <translation>{question} {answer}</translation>
    </message>
    <message>
        <source>Read before: saved on {day}.</source>
        <translation>Read before: saved on {day}.</translation>
    </message>
    <message>
        <source>The same page was among those read more than once.</source>
        <translation>The same page was among those read more than once.</translation>
    </message>
    <message>
        <source>Handwritten notes attached: {fields}.</source>
        <translation>Handwritten notes attached: {fields}.</translation>
    </message>
    <message>
        <source>The sheet is right: correct the report</source>
        <translation>The sheet is right: correct the report</translation>
    </message>
    <message>
        <source>The sheet is right: correct the screening</source>
        <translation>The sheet is right: correct the screening</translation>
    </message>
    <message>
        <source>Already logged differently:</source>
        <translation>Already logged differently:</translation>
    </message>
    <message>
        <source>Already logged as the sheet says.</source>
        <translation>Already logged as the sheet says.</translation>
    </message>
    <message>
        <source>Already recorded differently:</source>
        <translation>Already recorded differently:</translation>
    </message>
    <message>
        <source>Screening date (as written on the sheet)</source>
        <translation>Screening date (as written on the sheet)</translation>
    </message>
    <message>
        <source>A blank form not yet reported: saving reports the event from its ticks. Say when and where it happened; what is written by hand is kept with the report, to be typed in later.</source>
        <translation>A blank form not yet reported: saving reports the event from its ticks. Say when and where it happened; what is written by hand is kept with the report, to be typed in later.</translation>
    </message>
    <message>
        <source>Already reported differently:</source>
        <translation>Already reported differently:</translation>
    </message>
    <message>
        <source>Already reported as the sheet says.</source>
        <translation>Already reported as the sheet says.</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>Saved: {title}</translation>
    </message>
    <message>
        <source>Saved, with the page images.</source>
        <translation>Saved, with the page images.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery key…</source>
        <translation>Forgot the password? Use the recovery key…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status of {code}</source>
        <translation>Change status of {code}</translation>
    </message>
    <message>
        <source>{code} is now: {role}, {status}</source>
        <translation>{code} is now: {role}, {status}</translation>
    </message>
    <message>
        <source>Goes on leave</source>
        <translation>Goes on leave</translation>
    </message>
    <message>
        <source>Returns (active again)</source>
        <translation>Returns (active again)</translation>
    </message>
    <message>
        <source>Quits</source>
        <translation>Quits</translation>
    </message>
    <message>
        <source>Becomes a peer</source>
        <translation>Becomes a peer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>From this day {code} is on leave and is not expected at sessions.</source>
        <translation>From this day {code} is on leave and is not expected at sessions.</translation>
    </message>
    <message>
        <source>From this day {code} is active again as {role}.</source>
        <translation>From this day {code} is active again as {role}.</translation>
    </message>
    <message>
        <source>{code} starts a new period as {role} from this day.</source>
        <translation>{code} starts a new period as {role} from this day.</translation>
    </message>
    <message>
        <source>{code} stops taking part as {role}; the day is the first day out.</source>
        <translation>{code} stops taking part as {role}; the day is the first day out.</translation>
    </message>
    <message>
        <source>{code} is a peer from this day. The last day as a consumer is the day before, so on no day is {code} both or neither.</source>
        <translation>{code} is a peer from this day. The last day as a consumer is the day before, so on no day is {code} both or neither.</translation>
    </message>
    <message>
        <source>No change of status is possible today.</source>
        <translation>No change of status is possible today.</translation>
    </message>
    <message>
        <source>Reason: say why the person quit.</source>
        <translation>Reason: say why the person quit.</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Record supervision</source>
        <translation>Record supervision</translation>
    </message>
    <message>
        <source>Supervision record</source>
        <translation>Supervision record</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Audio-recorded</source>
        <translation>Audio-recorded</translation>
    </message>
    <message>
        <source>Peers who attended</source>
        <translation>Peers who attended</translation>
    </message>
    <message>
        <source>Staff who attended</source>
        <translation>Staff who attended</translation>
    </message>
    <message>
        <source>Topics raised</source>
        <translation>Topics raised</translation>
    </message>
    <message>
        <source>Difficulties the peers raised</source>
        <translation>Difficulties the peers raised</translation>
    </message>
    <message>
        <source>Guidance given</source>
        <translation>Guidance given</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>correction of the supervision of {day}</source>
        <translation>correction of the supervision of {day}</translation>
    </message>
    <message>
        <source>{kind} of {day} marked entered in error</source>
        <translation>{kind} of {day} marked entered in error</translation>
    </message>
</context>
<context>
    <name>SupervisionModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Topics raised</source>
        <translation>Topics raised</translation>
    </message>
</context>
<context>
    <name>SupervisionTrainingPage</name>
    <message>
        <source>Search supervision…</source>
        <translation>Search supervision…</translation>
    </message>
    <message>
        <source>Record supervision</source>
        <translation>Record supervision</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Supervision record</source>
        <translation>Supervision record</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>No supervision recorded yet.</source>
        <translation>No supervision recorded yet.</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Open the course…</source>
        <translation>Open the course…</translation>
    </message>
    <message>
        <source>Open the training session…</source>
        <translation>Open the training session…</translation>
    </message>
    <message>
        <source>Record a training session</source>
        <translation>Record a training session</translation>
    </message>
    <message>
        <source>No training course yet. Start with the pre-service course.</source>
        <translation>No training course yet. Start with the pre-service course.</translation>
    </message>
    <message>
        <source>the training session of “{title}”</source>
        <translation>the training session of “{title}”</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Training attendance sheet</source>
        <translation>Training attendance sheet</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>the supervision of {day}</source>
        <translation>the supervision of {day}</translation>
    </message>
    <message>
        <source>the course “{title}”</source>
        <translation>the course “{title}”</translation>
    </message>
    <message>
        <source>{day} {topic}: attended {present}, absent {absent}</source>
        <translation>{day} {topic}: attended {present}, absent {absent}</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Record survey answers</source>
        <translation>Record survey answers</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Whose caregiver</source>
        <translation>Whose caregiver</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Interviewer's role</source>
        <translation>Interviewer's role</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Reason, if not assessed</source>
        <translation>Reason, if not assessed</translation>
    </message>
    <message>
        <source>Say why “{item}” was not assessed.</source>
        <translation>Say why “{item}” was not assessed.</translation>
    </message>
    <message>
        <source>Tick at least one answer.</source>
        <translation>Tick at least one answer.</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>All instruments</source>
        <translation>All instruments</translation>
    </message>
    <message>
        <source>Search answers…</source>
        <translation>Search answers…</translation>
    </message>
    <message>
        <source>Record answers</source>
        <translation>Record answers</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>No survey answers recorded yet.</source>
        <translation>No survey answers recorded yet.</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} answers</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Log this session</source>
        <translation>Log this session</translation>
    </message>
    <message>
        <source>Sessions waiting to be logged:</source>
        <translation>Sessions waiting to be logged:</translation>
    </message>
    <message>
        <source>No session is waiting to be logged.</source>
        <translation>No session is waiting to be logged.</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <source>Printed sheets not yet entered:</source>
        <translation>Printed sheets not yet entered:</translation>
    </message>
    <message>
        <source>No printed sheet is waiting to be entered. Print a session's forms from the Sessions page.</source>
        <translation>No printed sheet is waiting to be entered. Print a session's forms from the Sessions page.</translation>
    </message>
    <message>
        <source>Go to Sessions</source>
        <translation>Go to Sessions</translation>
    </message>
    <message>
        <source>Sessions held but not yet logged: {n}</source>
        <translation>Sessions held but not yet logged: {n}</translation>
    </message>
    <message>
        <source>Emergency reports not yet acknowledged: {n}</source>
        <translation>Emergency reports not yet acknowledged: {n}</translation>
    </message>
    <message>
        <source>Next six-weekly hand-over: {day}, in {n} days</source>
        <translation>Next six-weekly hand-over: {day}, in {n} days</translation>
    </message>
</context>
<context>
    <name>TrainingSessionDialog</name>
    <message>
        <source>Record a training session</source>
        <translation>Record a training session</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>(not a pre-service workshop)</source>
        <translation>(not a pre-service workshop)</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Trainer's profession</source>
        <translation>Trainer's profession</translation>
    </message>
    <message>
        <source>Tick the peers who attended</source>
        <translation>Tick the peers who attended</translation>
    </message>
    <message>
        <source>correction of the training session of {day}</source>
        <translation>correction of the training session of {day}</translation>
    </message>
    <message>
        <source>training session of {day} marked entered in error</source>
        <translation>training session of {day} marked entered in error</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Who is joining</source>
        <translation>Who is joining</translation>
    </message>
    <message>
        <source>Choose the role, give the person a code, and say which community.</source>
        <translation>Choose the role, give the person a code, and say which community.</translation>
    </message>
    <message>
        <source>letters, digits, - and _, e.g. TJH-C21</source>
        <translation>letters, digits, - and _, e.g. TJH-C21</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Code: give the person a code.</source>
        <translation>Code: give the person a code.</translation>
    </message>
    <message>
        <source>Code: {code} is already in use.</source>
        <translation>Code: {code} is already in use.</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>plan sessions</source>
        <translation>plan sessions</translation>
    </message>
    <message>
        <source>log sessions</source>
        <translation>log sessions</translation>
    </message>
    <message>
        <source>report emergencies</source>
        <translation>report emergencies</translation>
    </message>
    <message>
        <source>acknowledge emergency reports</source>
        <translation>acknowledge emergency reports</translation>
    </message>
    <message>
        <source>enrol, screen or change participants</source>
        <translation>enrol, screen or change participants</translation>
    </message>
    <message>
        <source>see clinical details</source>
        <translation>see clinical details</translation>
    </message>
    <message>
        <source>see names and contact details</source>
        <translation>see names and contact details</translation>
    </message>
    <message>
        <source>record supervision</source>
        <translation>record supervision</translation>
    </message>
    <message>
        <source>record training</source>
        <translation>record training</translation>
    </message>
    <message>
        <source>record survey answers</source>
        <translation>record survey answers</translation>
    </message>
    <message>
        <source>export a bundle</source>
        <translation>export a bundle</translation>
    </message>
    <message>
        <source>import bundles</source>
        <translation>import bundles</translation>
    </message>
    <message>
        <source>see reports</source>
        <translation>see reports</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>record a consent withdrawal</source>
        <translation>record a consent withdrawal</translation>
    </message>
    <message>
        <source>change the site's settings</source>
        <translation>change the site's settings</translation>
    </message>
    <message>
        <source>see every site's records</source>
        <translation>see every site's records</translation>
    </message>
    <message>
        <source>a community doctor</source>
        <translation>a community doctor</translation>
    </message>
    <message>
        <source>a psychiatrist</source>
        <translation>a psychiatrist</translation>
    </message>
    <message>
        <source>a clinical psychologist</source>
        <translation>a clinical psychologist</translation>
    </message>
    <message>
        <source>a social worker</source>
        <translation>a social worker</translation>
    </message>
    <message>
        <source>a research assistant</source>
        <translation>a research assistant</translation>
    </message>
    <message>
        <source>a peer</source>
        <translation>a peer</translation>
    </message>
    <message>
        <source>the project manager</source>
        <translation>the project manager</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} or {last}</translation>
    </message>
    <message>
        <source>Ask {who} to {what}.</source>
        <translation>Ask {who} to {what}.</translation>
    </message>
    <message>
        <source>Your account may not {what}.</source>
        <translation>Your account may not {what}.</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>{value!r} is not a known profession.</source>
        <translation>{value!r} is not a known profession.</translation>
    </message>
    <message>
        <source>The staff member needs a name.</source>
        <translation>The staff member needs a name.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones, which are tried first: choose another.</source>
        <translation>This password is one of the most common ones, which are tried first: choose another.</translation>
    </message>
    <message>
        <source>This site has accounts already: a community doctor adds the others.</source>
        <translation>This site has accounts already: a community doctor adds the others.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The account {name} is disabled already.</source>
        <translation>The account {name} is disabled already.</translation>
    </message>
    <message>
        <source>{name} is the last active community doctor: add another community doctor's account first, so someone can still manage the site.</source>
        <translation>{name} is the last active community doctor: add another community doctor's account first, so someone can still manage the site.</translation>
    </message>
    <message>
        <source>The account {name} is active already.</source>
        <translation>The account {name} is active already.</translation>
    </message>
    <message>
        <source>The account {name} is disabled: enable it with a new password instead.</source>
        <translation>The account {name} is disabled: enable it with a new password instead.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>No active account has the user name {name}.</source>
        <translation>No active account has the user name {name}.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The account needs a user name.</source>
        <translation>The account needs a user name.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>The user name {name} is taken.</translation>
    </message>
    <message>
        <source>A user name has at most {n} characters and no spaces.</source>
        <translation>A user name has at most {n} characters and no spaces.</translation>
    </message>
    <message>
        <source>{value!r} is not a known role (one of: {known}).</source>
        <translation>{value!r} is not a known role (one of: {known}).</translation>
    </message>
    <message>
        <source>A peer's account names the peer's person code.</source>
        <translation>A peer's account names the peer's person code.</translation>
    </message>
    <message>
        <source>Only a peer's account names a person's code; other accounts get a staff record.</source>
        <translation>Only a peer's account names a person's code; other accounts get a staff record.</translation>
    </message>
    <message>
        <source>{code} is not enrolled as a peer, so cannot have a peer's account.</source>
        <translation>{code} is not enrolled as a peer, so cannot have a peer's account.</translation>
    </message>
    <message>
        <source>{code} has an account already: {name}.</source>
        <translation>{code} has an account already: {name}.</translation>
    </message>
    <message>
        <source>Another program is writing to the database, so this sign-in could not be counted and is refused. Try again when it is done.</source>
        <translation>Another program is writing to the database, so this sign-in could not be counted and is refused. Try again when it is done.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {n} minutes.</source>
        <translation>Too many wrong passwords: this account is locked for {n} minutes.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>No account has the user name {name}.</source>
        <translation>No account has the user name {name}.</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>… and {n} more like these</source>
        <translation>… and {n} more like these</translation>
    </message>
    <message>
        <source>the audit key does not open ({reason}): no entry can be checked</source>
        <translation>the audit key does not open ({reason}): no entry can be checked</translation>
    </message>
    <message>
        <source>the audit key has been removed from the database: no entry can be checked</source>
        <translation>the audit key has been removed from the database: no entry can be checked</translation>
    </message>
    <message>
        <source>audit entry {id}: has no MAC though keyed entries come before it (written outside the program)</source>
        <translation>audit entry {id}: has no MAC though keyed entries come before it (written outside the program)</translation>
    </message>
    <message>
        <source>audit entry {id}: changed, or an entry before it removed</source>
        <translation>audit entry {id}: changed, or an entry before it removed</translation>
    </message>
    <message>
        <source>audit entries no. {first} to {last} are missing (deleted)</source>
        <translation>audit entries no. {first} to {last} are missing (deleted)</translation>
    </message>
    <message>
        <source>audit entry {id} (no. {seq}): changed: its MAC does not match (edited, or the chain recomputed without the key)</source>
        <translation>audit entry {id} (no. {seq}): changed: its MAC does not match (edited, or the chain recomputed without the key)</translation>
    </message>
    <message>
        <source>audit entry {id} (no. {seq}): does not follow the entry before it (that one was changed)</source>
        <translation>audit entry {id} (no. {seq}): does not follow the entry before it (that one was changed)</translation>
    </message>
    <message>
        <source>every audit entry has been deleted: the key file records {count} entries</source>
        <translation>every audit entry has been deleted: the key file records {count} entries</translation>
    </message>
    <message>
        <source>the last {n} audit entries are missing: the key file records {count} entries, the database holds {held} (deleted at the end, or an older copy of the database put in place)</source>
        <translation>the last {n} audit entries are missing: the key file records {count} entries, the database holds {held} (deleted at the end, or an older copy of the database put in place)</translation>
    </message>
    <message>
        <source>the audit log is not the one the key file records: entry no. {count} has another MAC (the log was rewritten)</source>
        <translation>the audit log is not the one the key file records: entry no. {count} has another MAC (the log was rewritten)</translation>
    </message>
    <message>
        <source>{record}: has no audit entry (added outside the program, or its entries deleted)</source>
        <translation>{record}: has no audit entry (added outside the program, or its entries deleted)</translation>
    </message>
    <message>
        <source>{record}: changed without an audit entry</source>
        <translation>{record}: changed without an audit entry</translation>
    </message>
    <message>
        <source>{record}: removed without an audit entry</source>
        <translation>{record}: removed without an audit entry</translation>
    </message>
    <message>
        <source>the audit log is empty, yet the database holds records: its entries were deleted</source>
        <translation>the audit log is empty, yet the database holds records: its entries were deleted</translation>
    </message>
    <message>
        <source>Entries 1 to {n} were written before the keyed chain began on {day}: from then on they cannot be changed unnoticed; before, only their unkeyed chain guarded them.</source>
        <translation>Entries 1 to {n} were written before the keyed chain began on {day}: from then on they cannot be changed unnoticed; before, only their unkeyed chain guarded them.</translation>
    </message>
    <message>
        <source>This database is not encrypted: its audit key is stored in it, so the chain shows deleted entries only against the heads in the bundles sent to the project manager.</source>
        <translation>This database is not encrypted: its audit key is stored in it, so the chain shows deleted entries only against the heads in the bundles sent to the project manager.</translation>
    </message>
    <message>
        <source>The key file holds no head of the audit chain yet.</source>
        <translation>The key file holds no head of the audit chain yet.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>{folder}: {reason}</source>
        <translation>{folder}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a backup of this application: {reason}</source>
        <translation>{file} is not a backup of this application: {reason}</translation>
    </message>
    <message>
        <source>The database as it was is kept in {file}.</source>
        <translation>The database as it was is kept in {file}.</translation>
    </message>
    <message>
        <source>1 consent withdrawal made after this backup was applied again: {codes}</source>
        <translation>1 consent withdrawal made after this backup was applied again: {codes}</translation>
    </message>
    <message>
        <source>{n} consent withdrawals made after this backup were applied again: {codes}</source>
        <translation>{n} consent withdrawals made after this backup were applied again: {codes}</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of the program (schema {revision}): install that version to restore it.</source>
        <translation>{file} was made by a newer version of the program (schema {revision}): install that version to restore it.</translation>
    </message>
    <message>
        <source>{file} does not open with this database's key (a backup taken before the key was changed, or of another database): {reason}</source>
        <translation>{file} does not open with this database's key (a backup taken before the key was changed, or of another database): {reason}</translation>
    </message>
    <message>
        <source>{file} is damaged (integrity check: {reason}); choose another backup.</source>
        <translation>{file} is damaged (integrity check: {reason}); choose another backup.</translation>
    </message>
    <message>
        <source>This backup is of the project manager's database ({name}), not of this site {here}.</source>
        <translation>This backup is of the project manager's database ({name}), not of this site {here}.</translation>
    </message>
    <message>
        <source>This backup is of site {site} ({name}), not of this site {here}.</source>
        <translation>This backup is of site {site} ({name}), not of this site {here}.</translation>
    </message>
    <message>
        <source>This backup is of another installation of site {here} (set up {theirs}), not of this one (set up {ours}).</source>
        <translation>This backup is of another installation of site {here} (set up {theirs}), not of this one (set up {ours}).</translation>
    </message>
    <message>
        <source>The database is open in another program or window: close it there first.</source>
        <translation>The database is open in another program or window: close it there first.</translation>
    </message>
    <message>
        <source>Only a database file can be restored.</source>
        <translation>Only a database file can be restored.</translation>
    </message>
</context>
<context>
    <name>corrections</name>
    <message>
        <source>Say why the record was entered in error.</source>
        <translation>Say why the record was entered in error.</translation>
    </message>
    <message>
        <source>Entered in error: {reason}</source>
        <translation>Entered in error: {reason}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Something went wrong and the program could not finish what it was doing. What was saved before is safe: check that the last thing you did was kept, and do it again if not.</source>
        <translation>Something went wrong and the program could not finish what it was doing. What was saved before is safe: check that the last thing you did was kept, and do it again if not.</translation>
    </message>
    <message>
        <source>If it happens again, give this file to whoever supports the program:
{path}</source>
        <translation>If it happens again, give this file to whoever supports the program:
{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo project created:</source>
        <translation>Demo project created:</translation>
    </message>
    <message>
        <source>  communities: {n}</source>
        <translation>  communities: {n}</translation>
    </message>
    <message>
        <source>  peers: {n}, consumers: {m}, caregivers: {k}</source>
        <translation>  peers: {n}, consumers: {m}, caregivers: {k}</translation>
    </message>
    <message>
        <source>  sessions held: {n}, cancelled: {m}</source>
        <translation>  sessions held: {n}, cancelled: {m}</translation>
    </message>
    <message>
        <source>  consumers attending: {n}</source>
        <translation>  consumers attending: {n}</translation>
    </message>
    <message>
        <source>  emergency events: {n}</source>
        <translation>  emergency events: {n}</translation>
    </message>
    <message>
        <source>  supervisions: {n}, training sessions: {m}</source>
        <translation>  supervisions: {n}, training sessions: {m}</translation>
    </message>
    <message>
        <source>  survey answers: {n}</source>
        <translation>  survey answers: {n}</translation>
    </message>
    <message>
        <source>This database already holds people; the demo only fills an empty site.</source>
        <translation>This database already holds people; the demo only fills an empty site.</translation>
    </message>
</context>
<context>
    <name>discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved.</source>
        <translation>What you typed in this form has not been saved.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Keep it as a draft to finish it later, on this computer, under your account.</source>
        <translation>What you typed in this form has not been saved. Keep it as a draft to finish it later, on this computer, under your account.</translation>
    </message>
    <message>
        <source>Keep what you typed?</source>
        <translation>Keep what you typed?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>This is your draft kept at {when}, put back as you left it. Check it and save it.</source>
        <translation>This is your draft kept at {when}, put back as you left it. Check it and save it.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
</context>
<context>
    <name>emergencies</name>
    <message>
        <source>Choose what kind of event it was.</source>
        <translation>Choose what kind of event it was.</translation>
    </message>
    <message>
        <source>{value!r} is not a known kind of event.</source>
        <translation>{value!r} is not a known kind of event.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>Say what action was taken.</source>
        <translation>Say what action was taken.</translation>
    </message>
    <message>
        <source>The event time must be a past moment.</source>
        <translation>The event time must be a past moment.</translation>
    </message>
    <message>
        <source>{value!r} is not a known category of event.</source>
        <translation>{value!r} is not a known category of event.</translation>
    </message>
    <message>
        <source>The form cannot be handed to the doctor in the future.</source>
        <translation>The form cannot be handed to the doctor in the future.</translation>
    </message>
    <message>
        <source>The form was handed over before the event happened.</source>
        <translation>The form was handed over before the event happened.</translation>
    </message>
    <message>
        <source>This form's event is already reported.</source>
        <translation>This form's event is already reported.</translation>
    </message>
    <message>
        <source>Acknowledge the report before closing it.</source>
        <translation>Acknowledge the report before closing it.</translation>
    </message>
    <message>
        <source>Record the follow-up before closing.</source>
        <translation>Record the follow-up before closing.</translation>
    </message>
    <message>
        <source>No emergency event has the key {key}.</source>
        <translation>No emergency event has the key {key}.</translation>
    </message>
    <message>
        <source>This report was closed on {day}: it can no longer be changed. Add an addendum instead.</source>
        <translation>This report was closed on {day}: it can no longer be changed. Add an addendum instead.</translation>
    </message>
    <message>
        <source>Write the addendum before saving it.</source>
        <translation>Write the addendum before saving it.</translation>
    </message>
    <message>
        <source>Only the person who reported it or a community doctor may change this report.</source>
        <translation>Only the person who reported it or a community doctor may change this report.</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <source>Cannot open the database {file}: it is not a database, or it is encrypted and its key file {keys} is missing (put it back from the backups folder).</source>
        <translation>Cannot open the database {file}: it is not a database, or it is encrypted and its key file {keys} is missing (put it back from the backups folder).</translation>
    </message>
    <message>
        <source>The database {file} is encrypted and cannot be opened: {reason}. Put the key file back from the backups folder.</source>
        <translation>The database {file} is encrypted and cannot be opened: {reason}. Put the key file back from the backups folder.</translation>
    </message>
    <message>
        <source>The sign-in failed and could not be counted: {cause}</source>
        <translation>The sign-in failed and could not be counted: {cause}</translation>
    </message>
    <message>
        <source>The recovery key is wrong: check each group of five against the recovery sheet.</source>
        <translation>The recovery key is wrong: check each group of five against the recovery sheet.</translation>
    </message>
    <message>
        <source>The database file {file} is missing, though its key file is there. Put the database back from a backup.</source>
        <translation>The database file {file} is missing, though its key file is there. Put the database back from a backup.</translation>
    </message>
    <message>
        <source>The key file does not belong to the database {file}.</source>
        <translation>The key file does not belong to the database {file}.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no recovery key.</source>
        <translation>This database is not encrypted, so it has no recovery key.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no key to change.</source>
        <translation>This database is not encrypted, so it has no key to change.</translation>
    </message>
    <message>
        <source>The database is open in another program: close it there, then change the key.</source>
        <translation>The database is open in another program: close it there, then change the key.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no recovery key: a community doctor resets passwords.</source>
        <translation>This database is not encrypted, so it has no recovery key: a community doctor resets passwords.</translation>
    </message>
</context>
<context>
    <name>enrolment</name>
    <message>
        <source>The enrolment date {day} is in the future.</source>
        <translation>The enrolment date {day} is in the future.</translation>
    </message>
    <message>
        <source>Choose the person this caregiver cares for.</source>
        <translation>Choose the person this caregiver cares for.</translation>
    </message>
    <message>
        <source>Record the screening first.</source>
        <translation>Record the screening first.</translation>
    </message>
    <message>
        <source>The consent date {day} is in the future.</source>
        <translation>The consent date {day} is in the future.</translation>
    </message>
    <message>
        <source>The code {code} is already in use.</source>
        <translation>The code {code} is already in use.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>not a bundle file of this application</source>
        <translation>not a bundle file of this application</translation>
    </message>
    <message>
        <source>cannot be opened with this project's key: changed, cut short, or for another project</source>
        <translation>cannot be opened with this project's key: changed, cut short, or for another project</translation>
    </message>
    <message>
        <source>cannot be opened: it was changed or damaged</source>
        <translation>cannot be opened: it was changed or damaged</translation>
    </message>
    <message>
        <source>cannot be opened: something follows its end</source>
        <translation>cannot be opened: something follows its end</translation>
    </message>
    <message>
        <source>the site's signature does not match</source>
        <translation>the site's signature does not match</translation>
    </message>
    <message>
        <source>damaged header ({reason})</source>
        <translation>damaged header ({reason})</translation>
    </message>
    <message>
        <source>damaged content ({reason})</source>
        <translation>damaged content ({reason})</translation>
    </message>
    <message>
        <source>unknown bundle format {value!r}</source>
        <translation>unknown bundle format {value!r}</translation>
    </message>
    <message>
        <source>This site has not joined a project: join with the project file from the project manager (Exchange › Join a project…, or site join --project FILE).</source>
        <translation>This site has not joined a project: join with the project file from the project manager (Exchange › Join a project…, or site join --project FILE).</translation>
    </message>
    <message>
        <source>the manifest names another site</source>
        <translation>the manifest names another site</translation>
    </message>
    <message>
        <source>cannot be opened: the file is cut short</source>
        <translation>cannot be opened: the file is cut short</translation>
    </message>
    <message>
        <source>the rows do not match the manifest's digest</source>
        <translation>the rows do not match the manifest's digest</translation>
    </message>
    <message>
        <source>the rows do not match the manifest's counts</source>
        <translation>the rows do not match the manifest's counts</translation>
    </message>
    <message>
        <source>the manifest names another schema</source>
        <translation>the manifest names another schema</translation>
    </message>
    <message>
        <source>the manifest names another format</source>
        <translation>the manifest names another format</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Would import</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>{done} {names}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{done} {names}: {new} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Warning: check these sites' audit logs:</source>
        <translation>Warning: check these sites' audit logs:</translation>
    </message>
    <message>
        <source>{file}: signed by a different key than site {site}'s confirmed key</source>
        <translation>{file}: signed by a different key than site {site}'s confirmed key</translation>
    </message>
    <message>
        <source>No bundle from site {site} has arrived yet.</source>
        <translation>No bundle from site {site} has arrived yet.</translation>
    </message>
    <message>
        <source>{file}: site {site} is not confirmed yet. Check its key fingerprint {fingerprint} with the site, then confirm it: on the Exchange page, "Confirm the site's key…"; on the command line, sites confirm {site} {fingerprint}</source>
        <translation>{file}: site {site} is not confirmed yet. Check its key fingerprint {fingerprint} with the site, then confirm it: on the Exchange page, "Confirm the site's key…"; on the command line, sites confirm {site} {fingerprint}</translation>
    </message>
    <message>
        <source>The fingerprint does not match site {site}'s key.</source>
        <translation>The fingerprint does not match site {site}'s key.</translation>
    </message>
    <message>
        <source>{file}: bundle number {n} of site {site} jumps more than {jump} past the last one received ({last})</source>
        <translation>{file}: bundle number {n} of site {site} jumps more than {jump} past the last one received ({last})</translation>
    </message>
    <message>
        <source>{file}: unknown tables {tables}</source>
        <translation>{file}: unknown tables {tables}</translation>
    </message>
    <message>
        <source>{file}: made for another project</source>
        <translation>{file}: made for another project</translation>
    </message>
    <message>
        <source>{file}: {table} row {n}: {reason}</source>
        <translation>{file}: {table} row {n}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {table} row {n} belongs to site {owner}, not {site}</source>
        <translation>{file}: {table} row {n} belongs to site {owner}, not {site}</translation>
    </message>
    <message>
        <source>{file}: {table}.{column} refers to {parent} {key}, which is neither here nor in the bundle</source>
        <translation>{file}: {table}.{column} refers to {parent} {key}, which is neither here nor in the bundle</translation>
    </message>
    <message>
        <source>{file}: holds records that belong to another site</source>
        <translation>{file}: holds records that belong to another site</translation>
    </message>
    <message>
        <source>Bundles are imported at the project manager: run project create first.</source>
        <translation>Bundles are imported at the project manager: run project create first.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of the application; update the application first.</source>
        <translation>{file} was made by a newer version of the application; update the application first.</translation>
    </message>
    <message>
        <source>The bundles conflict with records already here ({reason}); nothing was imported.</source>
        <translation>The bundles conflict with records already here ({reason}); nothing was imported.</translation>
    </message>
    <message>
        <source>{site}: bundle {n} of {total} missing</source>
        <translation>{site}: bundle {n} of {total} missing</translation>
    </message>
    <message>
        <source>{site}: bundles {first}-{last} of {total} missing</source>
        <translation>{site}: bundles {first}-{last} of {total} missing</translation>
    </message>
    <message>
        <source>This database already holds a project.</source>
        <translation>This database already holds a project.</translation>
    </message>
    <message>
        <source>This database is a site's; use a new one.</source>
        <translation>This database is a site's; use a new one.</translation>
    </message>
    <message>
        <source>{file} is not a recovery copy: {reason}</source>
        <translation>{file} is not a recovery copy: {reason}</translation>
    </message>
    <message>
        <source>The recovery key does not open {file}: check it against the recovery sheet.</source>
        <translation>The recovery key does not open {file}: check it against the recovery sheet.</translation>
    </message>
    <message>
        <source>{file} is not a project file: {reason}</source>
        <translation>{file} is not a project file: {reason}</translation>
    </message>
    <message>
        <source>This is the project manager's database: only a site joins a project.</source>
        <translation>This is the project manager's database: only a site joins a project.</translation>
    </message>
    <message>
        <source>This site has already joined a project.</source>
        <translation>This site has already joined a project.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} is not a folder.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: cannot be read ({reason})</translation>
    </message>
    <message>
        <source>Set this database up first (init).</source>
        <translation>Set this database up first (init).</translation>
    </message>
    <message>
        <source>This site has no key yet: set it up with the project file first.</source>
        <translation>This site has no key yet: set it up with the project file first.</translation>
    </message>
    <message>
        <source>Receipts are printed at the project manager.</source>
        <translation>Receipts are printed at the project manager.</translation>
    </message>
    <message>
        <source>The project's key does not open with this database's key: restore it from its recovery copy.</source>
        <translation>The project's key does not open with this database's key: restore it from its recovery copy.</translation>
    </message>
    <message>
        <source>The project's key is locked: sign in as a project manager who holds it, or restore it from its recovery copy.</source>
        <translation>The project's key is locked: sign in as a project manager who holds it, or restore it from its recovery copy.</translation>
    </message>
    <message>
        <source>{file}: the audit log head in the manifest is damaged</source>
        <translation>{file}: the audit log head in the manifest is damaged</translation>
    </message>
    <message>
        <source>Site {site}: its audit log went back from {before} entries (bundle {a}) to {after} (bundle {b}): entries were deleted, or an older copy of its database was put back.</source>
        <translation>Site {site}: its audit log went back from {before} entries (bundle {a}) to {after} (bundle {b}): entries were deleted, or an older copy of its database was put back.</translation>
    </message>
    <message>
        <source>Site {site}: the audit log in bundle {b} does not continue the one in bundle {a}: it was rewritten (forked).</source>
        <translation>Site {site}: the audit log in bundle {b} does not continue the one in bundle {a}: it was rewritten (forked).</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>This record was changed by {name} at {time} after you opened it; reload it and make your change again.</source>
        <translation>This record was changed by {name} at {time} after you opened it; reload it and make your change again.</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>the program</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(not shown)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>All met</source>
        <translation>All met</translation>
    </message>
    <message>
        <source>Not met: {criteria}</source>
        <translation>Not met: {criteria}</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>Only the person who saved a change can undo it.</source>
        <translation>Only the person who saved a change can undo it.</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Venue details</source>
        <translation>Venue details</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>Topic category</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Other format</source>
        <translation>Other format</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>Main activity</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Note on cancelling</source>
        <translation>Note on cancelling</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Theme as held</source>
        <translation>Theme as held</translation>
    </message>
    <message>
        <source>Aim as held</source>
        <translation>Aim as held</translation>
    </message>
    <message>
        <source>Consumers' feedback</source>
        <translation>Consumers' feedback</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>Record keeper</translation>
    </message>
    <message>
        <source>Direction before the session</source>
        <translation>Direction before the session</translation>
    </message>
    <message>
        <source>Direction given by</source>
        <translation>Direction given by</translation>
    </message>
    <message>
        <source>Topic category as held</source>
        <translation>Topic category as held</translation>
    </message>
    <message>
        <source>Venue as held</source>
        <translation>Venue as held</translation>
    </message>
    <message>
        <source>Venue details as held</source>
        <translation>Venue details as held</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Adverse event</translation>
    </message>
    <message>
        <source>Record kept by</source>
        <translation>Record kept by</translation>
    </message>
    <message>
        <source>Hand-over batch</source>
        <translation>Hand-over batch</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>Staff present</translation>
    </message>
    <message>
        <source>Attended as</source>
        <translation>Attended as</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Consent withdrawn on</translation>
    </message>
    <message>
        <source>Former codes</source>
        <translation>Former codes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Participation status</source>
        <translation>Participation status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <source>Cares for</source>
        <translation>Cares for</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Adverse event or behavioural emergency</source>
        <translation>Adverse event or behavioural emergency</translation>
    </message>
    <message>
        <source>Form given to the doctor</source>
        <translation>Form given to the doctor</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>Person involved</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Kind of supervision</source>
        <translation>Kind of supervision</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Topics raised</source>
        <translation>Topics raised</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>Difficulties the peers raised</source>
        <translation>Difficulties the peers raised</translation>
    </message>
    <message>
        <source>Guidance given</source>
        <translation>Guidance given</translation>
    </message>
    <message>
        <source>Audio-recorded</source>
        <translation>Audio-recorded</translation>
    </message>
    <message>
        <source>Supervisor's profession</source>
        <translation>Supervisor's profession</translation>
    </message>
    <message>
        <source>Peer who attended</source>
        <translation>Peer who attended</translation>
    </message>
    <message>
        <source>Staff who attended</source>
        <translation>Staff who attended</translation>
    </message>
    <message>
        <source>Kind of training</source>
        <translation>Kind of training</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Trainer's profession</source>
        <translation>Trainer's profession</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Reason not assessed</source>
        <translation>Reason not assessed</translation>
    </message>
    <message>
        <source>Whose caregiver</source>
        <translation>Whose caregiver</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Interviewer's role</source>
        <translation>Interviewer's role</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Screened for the role</source>
        <translation>Screened for the role</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Screened on</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Inclusion criteria</source>
        <translation>Inclusion criteria</translation>
    </message>
    <message>
        <source>PSP score</source>
        <translation>PSP score</translation>
    </message>
    <message>
        <source>How the person came</source>
        <translation>How the person came</translation>
    </message>
    <message>
        <source>How the person came (other)</source>
        <translation>How the person came (other)</translation>
    </message>
    <message>
        <source>Team psychiatrist</source>
        <translation>Team psychiatrist</translation>
    </message>
    <message>
        <source>The team psychiatrist's assessment</source>
        <translation>The team psychiatrist's assessment</translation>
    </message>
    <message>
        <source>Sources of evidence</source>
        <translation>Sources of evidence</translation>
    </message>
    <message>
        <source>Compassionate and willing to help</source>
        <translation>Compassionate and willing to help</translation>
    </message>
    <message>
        <source>Practical skills</source>
        <translation>Practical skills</translation>
    </message>
    <message>
        <source>Diagnosis found</source>
        <translation>Diagnosis found</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Willing to be contacted for follow-up</source>
        <translation>Willing to be contacted for follow-up</translation>
    </message>
    <message>
        <source>What they hope for</source>
        <translation>What they hope for</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>Preferred times</translation>
    </message>
    <message>
        <source>Preferred activities</source>
        <translation>Preferred activities</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Peer leading</source>
        <translation>Peer leading</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Caregiver link</source>
        <translation>Caregiver link</translation>
    </message>
    <message>
        <source>Emergency report</source>
        <translation>Emergency report</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Supervision attendance</source>
        <translation>Supervision attendance</translation>
    </message>
    <message>
        <source>Pre-service needs interview</source>
        <translation>Pre-service needs interview</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Training attendance</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Survey answer</translation>
    </message>
    <message>
        <source>Survey interview</source>
        <translation>Survey interview</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name and contact details</source>
        <translation>Name and contact details</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>row {line}, column {column} ({value!r}): {reason}</source>
        <translation>row {line}, column {column} ({value!r}): {reason}</translation>
    </message>
    <message>
        <source>line {line}, column {column} ({value!r}): {reason}</source>
        <translation>line {line}, column {column} ({value!r}): {reason}</translation>
    </message>
    <message>
        <source>... and {n} more problems.</source>
        <translation>... and {n} more problems.</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, {n} problem(s) found:</source>
        <translation>{file}: nothing was imported, {n} problem(s) found:</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>a date is required</translation>
    </message>
    <message>
        <source>not a date; write 2015-09-01, 2015/9/1 or 2015年9月1日</source>
        <translation>not a date; write 2015-09-01, 2015/9/1 or 2015年9月1日</translation>
    </message>
    <message>
        <source>not a known {what}; use one of: {choices}</source>
        <translation>not a known {what}; use one of: {choices}</translation>
    </message>
    <message>
        <source>{file}: the text encoding is not understood; save it as CSV UTF-8.</source>
        <translation>{file}: the text encoding is not understood; save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a text file.</source>
        <translation>{file} is not a text file.</translation>
    </message>
    <message>
        <source>{file}, line {line}: longer than {n} bytes.</source>
        <translation>{file}, line {line}: longer than {n} bytes.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, line {line}: {reason}</translation>
    </message>
    <message>
        <source>{file} has no data lines.</source>
        <translation>{file} has no data lines.</translation>
    </message>
    <message>
        <source>{n} cells, but the header has {m} columns</source>
        <translation>{n} cells, but the header has {m} columns</translation>
    </message>
    <message>
        <source>{file} is an old Excel workbook; in Excel choose Save As, .xlsx.</source>
        <translation>{file} is an old Excel workbook; in Excel choose Save As, .xlsx.</translation>
    </message>
    <message>
        <source>missing columns: {names}</source>
        <translation>missing columns: {names}</translation>
    </message>
    <message>
        <source>unknown columns: {names}</source>
        <translation>unknown columns: {names}</translation>
    </message>
    <message>
        <source>repeated columns: {names}</source>
        <translation>repeated columns: {names}</translation>
    </message>
    <message>
        <source>{file}, line 1 (header): {problems}. Expected: {header}</source>
        <translation>{file}, line 1 (header): {problems}. Expected: {header}</translation>
    </message>
    <message>
        <source>{read} {what} read: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{read} {what} read: {new} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>the file changed while it was read; import it again</source>
        <translation>the file changed while it was read; import it again</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>a code is 1-32 letters, digits, - or _</source>
        <translation>a code is 1-32 letters, digits, - or _</translation>
    </message>
    <message>
        <source>no community has this code</source>
        <translation>no community has this code</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>the date is in the future</translation>
    </message>
    <message>
        <source>left before enrolling</source>
        <translation>left before enrolling</translation>
    </message>
    <message>
        <source>write yes or no</source>
        <translation>write yes or no</translation>
    </message>
    <message>
        <source>only a caregiver cares for someone</source>
        <translation>only a caregiver cares for someone</translation>
    </message>
    <message>
        <source>a person cannot care for themselves</source>
        <translation>a person cannot care for themselves</translation>
    </message>
    <message>
        <source>born before 1900</source>
        <translation>born before 1900</translation>
    </message>
    <message>
        <source>the same code is on line {other}</source>
        <translation>the same code is on line {other}</translation>
    </message>
    <message>
        <source>this code was corrected to {code}; use {code}</source>
        <translation>this code was corrected to {code}; use {code}</translation>
    </message>
    <message>
        <source>no person has this code, in the file or the database</source>
        <translation>no person has this code, in the file or the database</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>no person has this code</source>
        <translation>no person has this code</translation>
    </message>
    <message>
        <source>not a known instrument; use one of: {choices}</source>
        <translation>not a known instrument; use one of: {choices}</translation>
    </message>
    <message>
        <source>not an item of {instrument}; use one of: {choices}</source>
        <translation>not an item of {instrument}; use one of: {choices}</translation>
    </message>
    <message>
        <source>{instrument} is for a {role}, and {person} never was one</source>
        <translation>{instrument} is for a {role}, and {person} never was one</translation>
    </message>
    <message>
        <source>the same answer is on line {other}</source>
        <translation>the same answer is on line {other}</translation>
    </message>
    <message>
        <source>{file} unpacks to far more than a roster holds; open it in Excel and save it again, or save it as CSV UTF-8.</source>
        <translation>{file} unpacks to far more than a roster holds; open it in Excel and save it again, or save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook that can be read ({reason}).</source>
        <translation>{file} is not an Excel workbook that can be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{value!r} is not a known topic category.</source>
        <translation>{value!r} is not a known topic category.</translation>
    </message>
    <message>
        <source>The activity needs a title.</source>
        <translation>The activity needs a title.</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>No community has the code {code}.</source>
        <translation>No community has the code {code}.</translation>
    </message>
    <message>
        <source>No person has the code {code}.</source>
        <translation>No person has the code {code}.</translation>
    </message>
    <message>
        <source>More than one person had the code {code} before; use today's code.</source>
        <translation>More than one person had the code {code} before; use today's code.</translation>
    </message>
    <message>
        <source>No staff member has the code {code}.</source>
        <translation>No staff member has the code {code}.</translation>
    </message>
    <message>
        <source>No activity session has the key {key}.</source>
        <translation>No activity session has the key {key}.</translation>
    </message>
</context>
<context>
    <name>name_forms</name>
    <message>
        <source>Full name (王小明)</source>
        <translation>Full name (王小明)</translation>
    </message>
    <message>
        <source>Given name and initial (小明（王）)</source>
        <translation>Given name and initial (小明（王）)</translation>
    </message>
    <message>
        <source>There is no name form {form}.</source>
        <translation>There is no name form {form}.</translation>
    </message>
</context>
<context>
    <name>needs</name>
    <message>
        <source>{value!r} is not a known role.</source>
        <translation>{value!r} is not a known role.</translation>
    </message>
    <message>
        <source>The interview date {day} is in the future.</source>
        <translation>The interview date {day} is in the future.</translation>
    </message>
    <message>
        <source>Write down at least one answer of the interview.</source>
        <translation>Write down at least one answer of the interview.</translation>
    </message>
    <message>
        <source>No needs interview has the key {key}.</source>
        <translation>No needs interview has the key {key}.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Please check:
{lines}

Save anyway?</source>
        <translation>Please check:
{lines}

Save anyway?</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Stopping; nothing will be changed…</source>
        <translation>Stopping; nothing will be changed…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The work was cancelled; nothing was changed.</source>
        <translation>The work was cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Cannot write {path}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {folder} is not a folder.</source>
        <translation>Cannot write {path}: {folder} is not a folder.</translation>
    </message>
    <message>
        <source>Cannot write {path}: a folder of that name is in the way.</source>
        <translation>Cannot write {path}: a folder of that name is in the way.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} is read-only or not yours.</source>
        <translation>Cannot write {path}: the folder {folder} is read-only or not yours.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} is not a known {what}.</translation>
    </message>
    <message>
        <source>The birth date {day} is in the future.</source>
        <translation>The birth date {day} is in the future.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>{role!r} is not a known role.</source>
        <translation>{role!r} is not a known role.</translation>
    </message>
    <message>
        <source>Left on {left} is before enrolled on {enrolled}.</source>
        <translation>Left on {left} is before enrolled on {enrolled}.</translation>
    </message>
    <message>
        <source>A person cannot be their own caregiver.</source>
        <translation>A person cannot be their own caregiver.</translation>
    </message>
    <message>
        <source>{status!r} is not a known status.</source>
        <translation>{status!r} is not a known status.</translation>
    </message>
    <message>
        <source>Say why the person quit.</source>
        <translation>Say why the person quit.</translation>
    </message>
    <message>
        <source>{code} is not enrolled as {role} on {day}.</source>
        <translation>{code} is not enrolled as {role} on {day}.</translation>
    </message>
    <message>
        <source>{code} is not enrolled as consumer on {day}.</source>
        <translation>{code} is not enrolled as consumer on {day}.</translation>
    </message>
    <message>
        <source>became a peer</source>
        <translation>became a peer</translation>
    </message>
    <message>
        <source>Caregiver: {code} is not enrolled as a caregiver.</source>
        <translation>Caregiver: {code} is not enrolled as a caregiver.</translation>
    </message>
    <message>
        <source>Cared for: {code} is not enrolled as a peer or consumer.</source>
        <translation>Cared for: {code} is not enrolled as a peer or consumer.</translation>
    </message>
</context>
<context>
    <name>person_edit</name>
    <message>
        <source>{code} withdrew consent on {day}: their details are not kept.</source>
        <translation>{code} withdrew consent on {day}: their details are not kept.</translation>
    </message>
    <message>
        <source>{code} is already this person's code.</source>
        <translation>{code} is already this person's code.</translation>
    </message>
    <message>
        <source>The code {code} belonged to a deleted record; choose another.</source>
        <translation>The code {code} belonged to a deleted record; choose another.</translation>
    </message>
    <message>
        <source>The code {code} is already in use.</source>
        <translation>The code {code} is already in use.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Unknown form {form}; use one of: {forms}.</source>
        <translation>Unknown form {form}; use one of: {forms}.</translation>
    </message>
    <message>
        <source>The language is zh or en.</source>
        <translation>The language is zh or en.</translation>
    </message>
    <message>
        <source>A {form} sheet is printed for: {roles}.</source>
        <translation>A {form} sheet is printed for: {roles}.</translation>
    </message>
    <message>
        <source>Give the record with --id, or print --blank.</source>
        <translation>Give the record with --id, or print --blank.</translation>
    </message>
    <message>
        <source>A personal record is printed for one person: name them (--id).</source>
        <translation>A personal record is printed for one person: name them (--id).</translation>
    </message>
    <message>
        <source>No emergency event has the key {key}.</source>
        <translation>No emergency event has the key {key}.</translation>
    </message>
    <message>
        <source>No person has the code {code}.</source>
        <translation>No person has the code {code}.</translation>
    </message>
    <message>
        <source>Choose the role with --role: {roles}.</source>
        <translation>Choose the role with --role: {roles}.</translation>
    </message>
    <message>
        <source>Preparing the form for printing…</source>
        <translation>Preparing the form for printing…</translation>
    </message>
    <message>
        <source>Laying out the list for printing…</source>
        <translation>Laying out the list for printing…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Name the site with --id CODE.</source>
        <translation>Name the site with --id CODE.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>No community has the code {codes}; known: {known}.</source>
        <translation>No community has the code {codes}; known: {known}.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet for these communities.</source>
        <translation>Nothing is recorded yet for these communities.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Nothing is recorded between {start} and {end}: the data run from {first} to {last}.</source>
        <translation>Nothing is recorded between {start} and {end}: the data run from {first} to {last}.</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Only peers, consumers and caregivers are screened, not {role!r}.</source>
        <translation>Only peers, consumers and caregivers are screened, not {role!r}.</translation>
    </message>
    <message>
        <source>Unknown criteria: {names}.</source>
        <translation>Unknown criteria: {names}.</translation>
    </message>
    <message>
        <source>Say whether each criterion is met: {names}.</source>
        <translation>Say whether each criterion is met: {names}.</translation>
    </message>
    <message>
        <source>The screening date {day} is in the future.</source>
        <translation>The screening date {day} is in the future.</translation>
    </message>
    <message>
        <source>A PSP score lies between 1 and 100, not {score}.</source>
        <translation>A PSP score lies between 1 and 100, not {score}.</translation>
    </message>
    <message>
        <source>The PSP score {score} does not agree with 'PSP score above 50'.</source>
        <translation>The PSP score {score} does not agree with 'PSP score above 50'.</translation>
    </message>
    <message>
        <source>Criterion not met: {label}.</source>
        <translation>Criterion not met: {label}.</translation>
    </message>
    <message>
        <source>{value!r} is not a known way of coming.</source>
        <translation>{value!r} is not a known way of coming.</translation>
    </message>
    <message>
        <source>Say how the person came.</source>
        <translation>Say how the person came.</translation>
    </message>
    <message>
        <source>Unknown source of evidence for: {names}.</source>
        <translation>Unknown source of evidence for: {names}.</translation>
    </message>
    <message>
        <source>{value!r} is not a known diagnosis.</source>
        <translation>{value!r} is not a known diagnosis.</translation>
    </message>
    <message>
        <source>Only peers are asked about compassion and practical skills.</source>
        <translation>Only peers are asked about compassion and practical skills.</translation>
    </message>
    <message>
        <source>Choose the person this caregiver cares for.</source>
        <translation>Choose the person this caregiver cares for.</translation>
    </message>
    <message>
        <source>Only a caregiver's sheet names the person cared for and follow-up.</source>
        <translation>Only a caregiver's sheet names the person cared for and follow-up.</translation>
    </message>
    <message>
        <source>Say whether the person is eligible, or leave who and when empty.</source>
        <translation>Say whether the person is eligible, or leave who and when empty.</translation>
    </message>
    <message>
        <source>{value!r} is not a known decision.</source>
        <translation>{value!r} is not a known decision.</translation>
    </message>
    <message>
        <source>Say who decided whether the person is eligible.</source>
        <translation>Say who decided whether the person is eligible.</translation>
    </message>
    <message>
        <source>Say when the eligibility was decided.</source>
        <translation>Say when the eligibility was decided.</translation>
    </message>
    <message>
        <source>The decision date {day} is before the screening or in the future.</source>
        <translation>The decision date {day} is before the screening or in the future.</translation>
    </message>
    <message>
        <source>Decided eligible although not every criterion is met.</source>
        <translation>Decided eligible although not every criterion is met.</translation>
    </message>
    <message>
        <source>{name} is not a psychiatrist: choose the team psychiatrist.</source>
        <translation>{name} is not a psychiatrist: choose the team psychiatrist.</translation>
    </message>
    <message>
        <source>{name} may not decide eligibility: a psychiatrist or a community doctor does.</source>
        <translation>{name} may not decide eligibility: a psychiatrist or a community doctor does.</translation>
    </message>
    <message>
        <source>{value!r} is not a known consent form.</source>
        <translation>{value!r} is not a known consent form.</translation>
    </message>
    <message>
        <source>The signing date {day} is in the future.</source>
        <translation>The signing date {day} is in the future.</translation>
    </message>
    <message>
        <source>No screening has the key {key}.</source>
        <translation>No screening has the key {key}.</translation>
    </message>
</context>
<context>
    <name>screening_sheet</name>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>session_record</name>
    <message>
        <source>You logged this session; you could correct it until {day}, seven days after the session. Ask a community doctor to correct it now.</source>
        <translation>You logged this session; you could correct it until {day}, seven days after the session. Ask a community doctor to correct it now.</translation>
    </message>
    <message>
        <source>Only a community doctor, or the person who logged the session within seven days of it, may correct its log.</source>
        <translation>Only a community doctor, or the person who logged the session within seven days of it, may correct its log.</translation>
    </message>
    <message>
        <source>Only the log of a session that was held can be corrected; this one was not logged.</source>
        <translation>Only the log of a session that was held can be corrected; this one was not logged.</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>The end {end} is not after the start {start}.</source>
        <translation>The end {end} is not after the start {start}.</translation>
    </message>
    <message>
        <source>The session lasts {n} minutes; sessions usually last {low}-{high}.</source>
        <translation>The session lasts {n} minutes; sessions usually last {low}-{high}.</translation>
    </message>
    <message>
        <source>{code} is not enrolled as a peer on {day}.</source>
        <translation>{code} is not enrolled as a peer on {day}.</translation>
    </message>
    <message>
        <source>Only {n} peer(s); a session needs at least two.</source>
        <translation>Only {n} peer(s); a session needs at least two.</translation>
    </message>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} is not a known {what}.</translation>
    </message>
    <message>
        <source>No peer leads the session.</source>
        <translation>No peer leads the session.</translation>
    </message>
    <message>
        <source>The record keeper {code} is not one of the session's peers.</source>
        <translation>The record keeper {code} is not one of the session's peers.</translation>
    </message>
    <message>
        <source>{code} is not a community doctor or psychologist.</source>
        <translation>{code} is not a community doctor or psychologist.</translation>
    </message>
    <message>
        <source>The session is dated {day}, in the future; it cannot have been held.</source>
        <translation>The session is dated {day}, in the future; it cannot have been held.</translation>
    </message>
    <message>
        <source>{code} is not enrolled as a consumer in {community} on {day}.</source>
        <translation>{code} is not enrolled as a consumer in {community} on {day}.</translation>
    </message>
    <message>
        <source>{code} is on leave on {day}.</source>
        <translation>{code} is on leave on {day}.</translation>
    </message>
    <message>
        <source>Marked both present and absent: {codes}.</source>
        <translation>Marked both present and absent: {codes}.</translation>
    </message>
    <message>
        <source>The record was kept by {code}, who is not marked present.</source>
        <translation>The record was kept by {code}, who is not marked present.</translation>
    </message>
    <message>
        <source>The hand-over batch is counted from 1.</source>
        <translation>The hand-over batch is counted from 1.</translation>
    </message>
    <message>
        <source>Sessions repeat every 7 or 14 days.</source>
        <translation>Sessions repeat every 7 or 14 days.</translation>
    </message>
    <message>
        <source>The repeat ends before the first session.</source>
        <translation>The repeat ends before the first session.</translation>
    </message>
    <message>
        <source>That makes {n} sessions; plan at most {most} at once.</source>
        <translation>That makes {n} sessions; plan at most {most} at once.</translation>
    </message>
    <message>
        <source>{value!r} is not a known cancellation reason.</source>
        <translation>{value!r} is not a known cancellation reason.</translation>
    </message>
    <message>
        <source>Say why the session was cancelled.</source>
        <translation>Say why the session was cancelled.</translation>
    </message>
    <message>
        <source>A session that was held cannot be cancelled.</source>
        <translation>A session that was held cannot be cancelled.</translation>
    </message>
    <message>
        <source>This session is not part of a series.</source>
        <translation>This session is not part of a series.</translation>
    </message>
    <message>
        <source>A session that was held cannot be deleted; correct its log instead.</source>
        <translation>A session that was held cannot be deleted; correct its log instead.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>the site's name</source>
        <translation>the site's name</translation>
    </message>
    <message>
        <source>the doctor's name</source>
        <translation>the doctor's name</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>a user name</translation>
    </message>
    <message>
        <source>a community name</source>
        <translation>a community name</translation>
    </message>
    <message>
        <source>Please fill in {what}.</source>
        <translation>Please fill in {what}.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>This database is already set up.</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>Adverse event or behavioural emergency</source>
        <translation>Adverse event or behavioural emergency</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Decide every uncertain mark first ({mark}).</source>
        <translation>Decide every uncertain mark first ({mark}).</translation>
    </message>
    <message>
        <source>These pages are of more than one record.</source>
        <translation>These pages are of more than one record.</translation>
    </message>
    <message>
        <source>More than one box is ticked for “{field}”: keep one.</source>
        <translation>More than one box is ticked for “{field}”: keep one.</translation>
    </message>
    <message>
        <source>“{field}”: reported as {before}, ticked {after}.</source>
        <translation>“{field}”: reported as {before}, ticked {after}.</translation>
    </message>
    <message>
        <source>“{field}” is open in the report: it becomes {after}.</source>
        <translation>“{field}” is open in the report: it becomes {after}.</translation>
    </message>
    <message>
        <source>Your account may not report emergencies.</source>
        <translation>Your account may not report emergencies.</translation>
    </message>
    <message>
        <source>Only the person who reported this event or a community doctor may keep its form with the report.</source>
        <translation>Only the person who reported this event or a community doctor may keep its form with the report.</translation>
    </message>
    <message>
        <source>The event is already reported differently:</source>
        <translation>The event is already reported differently:</translation>
    </message>
    <message>
        <source>Tick what kind of event it was.</source>
        <translation>Tick what kind of event it was.</translation>
    </message>
    <message>
        <source>Written by hand on the paper form kept with this report.</source>
        <translation>Written by hand on the paper form kept with this report.</translation>
    </message>
    <message>
        <source>{code}: logged as not present, ticked on the sheet.</source>
        <translation>{code}: logged as not present, ticked on the sheet.</translation>
    </message>
    <message>
        <source>{code}: logged as present, not ticked on the sheet.</source>
        <translation>{code}: logged as present, not ticked on the sheet.</translation>
    </message>
    <message>
        <source>The formats differ from those logged.</source>
        <translation>The formats differ from those logged.</translation>
    </message>
    <message>
        <source>The session was cancelled; its sheet is not entered.</source>
        <translation>The session was cancelled; its sheet is not entered.</translation>
    </message>
    <message>
        <source>The session is already logged differently:</source>
        <translation>The session is already logged differently:</translation>
    </message>
    <message>
        <source>Corrected from a paper sheet read back.</source>
        <translation>Corrected from a paper sheet read back.</translation>
    </message>
    <message>
        <source>The picture is too small: scan at 150 dpi or more.</source>
        <translation>The picture is too small: scan at 150 dpi or more.</translation>
    </message>
    <message>
        <source>The registration marks in the corners were not found: the whole page must be in the picture.</source>
        <translation>The registration marks in the corners were not found: the whole page must be in the picture.</translation>
    </message>
    <message>
        <source>The picture is too dark to read.</source>
        <translation>The picture is too dark to read.</translation>
    </message>
    <message>
        <source>No readable QR code was found on the page.</source>
        <translation>No readable QR code was found on the page.</translation>
    </message>
    <message>
        <source>The page is too distorted to straighten.</source>
        <translation>The page is too distorted to straighten.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>The file cannot be read: {error}.</translation>
    </message>
    <message>
        <source>Not a PDF, JPEG, PNG or HEIC file.</source>
        <translation>Not a PDF, JPEG, PNG or HEIC file.</translation>
    </message>
    <message>
        <source>The PDF is damaged or not a PDF.</source>
        <translation>The PDF is damaged or not a PDF.</translation>
    </message>
    <message>
        <source>{file}, page {page}</source>
        <translation>{file}, page {page}</translation>
    </message>
    <message>
        <source>The picture is damaged or not a picture.</source>
        <translation>The picture is damaged or not a picture.</translation>
    </message>
    <message>
        <source>The QR code is not one of this program's sheets.</source>
        <translation>The QR code is not one of this program's sheets.</translation>
    </message>
    <message>
        <source>The sheet {code} has a layout this version of the program does not know ({form} {version}, layout {layout}); print it again.</source>
        <translation>The sheet {code} has a layout this version of the program does not know ({form} {version}, layout {layout}); print it again.</translation>
    </message>
    <message>
        <source>No record here has the code {code}: a sheet of another site or project?</source>
        <translation>No record here has the code {code}: a sheet of another site or project?</translation>
    </message>
    <message>
        <source>The record {code} changed since this sheet was printed (who is enrolled, say): its boxes cannot be matched safely. Enter it by hand, or print the sheet again.</source>
        <translation>The record {code} changed since this sheet was printed (who is enrolled, say): its boxes cannot be matched safely. Enter it by hand, or print the sheet again.</translation>
    </message>
    <message>
        <source>Page images are kept beside a database file; this database is on a server.</source>
        <translation>Page images are kept beside a database file; this database is on a server.</translation>
    </message>
    <message>
        <source>A stored page image cannot be opened.</source>
        <translation>A stored page image cannot be opened.</translation>
    </message>
    <message>
        <source>More than one answer is ticked for “{question}”: keep one.</source>
        <translation>More than one answer is ticked for “{question}”: keep one.</translation>
    </message>
    <message>
        <source>“{question}”: recorded as {before}, ticked {after}.</source>
        <translation>“{question}”: recorded as {before}, ticked {after}.</translation>
    </message>
    <message>
        <source>Answers of that day are already recorded differently:</source>
        <translation>Answers of that day are already recorded differently:</translation>
    </message>
    <message>
        <source>No answer is ticked on the sheet.</source>
        <translation>No answer is ticked on the sheet.</translation>
    </message>
    <message>
        <source>How the person came</source>
        <translation>How the person came</translation>
    </message>
    <message>
        <source>Compassionate and willing to help</source>
        <translation>Compassionate and willing to help</translation>
    </message>
    <message>
        <source>Practical skills</source>
        <translation>Practical skills</translation>
    </message>
    <message>
        <source>Diagnosis found</source>
        <translation>Diagnosis found</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>{criterion}: {answer}</source>
        <translation>{criterion}: {answer}</translation>
    </message>
    <message>
        <source>{field}: {answer}</source>
        <translation>{field}: {answer}</translation>
    </message>
    <message>
        <source>“{criterion}” is ticked both met and not met: keep one.</source>
        <translation>“{criterion}” is ticked both met and not met: keep one.</translation>
    </message>
    <message>
        <source>“{field}”: recorded as {before}, ticked {after}.</source>
        <translation>“{field}”: recorded as {before}, ticked {after}.</translation>
    </message>
    <message>
        <source>Written on the paper sheet kept.</source>
        <translation>Written on the paper sheet kept.</translation>
    </message>
    <message>
        <source>A screening of that day is already recorded differently:</source>
        <translation>A screening of that day is already recorded differently:</translation>
    </message>
    <message>
        <source>Tick met or not met for every criterion: {names}.</source>
        <translation>Tick met or not met for every criterion: {names}.</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>{what} code {code!r} must be 1-32 letters, digits, - or _.</source>
        <translation>{what} code {code!r} must be 1-32 letters, digits, - or _.</translation>
    </message>
    <message>
        <source>This database is not set up yet: run init --site CODE --name NAME.</source>
        <translation>This database is not set up yet: run init --site CODE --name NAME.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>The site needs a name.</translation>
    </message>
    <message>
        <source>This database is already set up as site {code}.</source>
        <translation>This database is already set up as site {code}.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
</context>
<context>
    <name>site_door</name>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Cannot open the database: {error}</translation>
    </message>
    <message>
        <source>The database is being restored in another program or window: open it again when that is done.</source>
        <translation>The database is being restored in another program or window: open it again when that is done.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>the database</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>the disk is full: cannot write {place}</source>
        <translation>the disk is full: cannot write {place}</translation>
    </message>
    <message>
        <source>the disk cannot be read or written (I/O error): {place}</source>
        <translation>the disk cannot be read or written (I/O error): {place}</translation>
    </message>
    <message>
        <source>permission denied: {place}</source>
        <translation>permission denied: {place}</translation>
    </message>
    <message>
        <source>the disk is read-only: cannot write {place}</source>
        <translation>the disk is read-only: cannot write {place}</translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>{value!r} is not a known kind of supervision.</source>
        <translation>{value!r} is not a known kind of supervision.</translation>
    </message>
    <message>
        <source>The supervision date {day} is in the future.</source>
        <translation>The supervision date {day} is in the future.</translation>
    </message>
    <message>
        <source>Each supervisor is named once.</source>
        <translation>Each supervisor is named once.</translation>
    </message>
    <message>
        <source>{value!r} is not a known profession.</source>
        <translation>{value!r} is not a known profession.</translation>
    </message>
    <message>
        <source>A supervision lasts 1 to {most} minutes, not {n}.</source>
        <translation>A supervision lasts 1 to {most} minutes, not {n}.</translation>
    </message>
    <message>
        <source>No supervision has the key {key}.</source>
        <translation>No supervision has the key {key}.</translation>
    </message>
</context>
<context>
    <name>surveys</name>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} is not a known {what}.</translation>
    </message>
    <message>
        <source>An answer of {person} on {day} is not of this interview.</source>
        <translation>An answer of {person} on {day} is not of this interview.</translation>
    </message>
    <message>
        <source>“{item}” is asked of a {whose}'s caregiver only.</source>
        <translation>“{item}” is asked of a {whose}'s caregiver only.</translation>
    </message>
    <message>
        <source>{value!r} is not a known instrument.</source>
        <translation>{value!r} is not a known instrument.</translation>
    </message>
    <message>
        <source>{item!r} is not an item of {instrument}.</source>
        <translation>{item!r} is not an item of {instrument}.</translation>
    </message>
    <message>
        <source>{value!r} is not yes, no or not_assessed.</source>
        <translation>{value!r} is not yes, no or not_assessed.</translation>
    </message>
    <message>
        <source>The date {day} is in the future.</source>
        <translation>The date {day} is in the future.</translation>
    </message>
    <message>
        <source>{person} already has an answer to this question on {day}.</source>
        <translation>{person} already has an answer to this question on {day}.</translation>
    </message>
    <message>
        <source>No survey answer has the key {key}.</source>
        <translation>No survey answer has the key {key}.</translation>
    </message>
    <message>
        <source>Consumer satisfaction</source>
        <translation>Consumer satisfaction</translation>
    </message>
    <message>
        <source>Caregiver satisfaction</source>
        <translation>Caregiver satisfaction</translation>
    </message>
    <message>
        <source>Peer's perceived benefit</source>
        <translation>Peer's perceived benefit</translation>
    </message>
    <message>
        <source>Consumer's perceived benefit</source>
        <translation>Consumer's perceived benefit</translation>
    </message>
    <message>
        <source>Caregiver's perceived benefit</source>
        <translation>Caregiver's perceived benefit</translation>
    </message>
    <message>
        <source>Satisfied with the peers?</source>
        <translation>Satisfied with the peers?</translation>
    </message>
    <message>
        <source>Wants to continue?</source>
        <translation>Wants to continue?</translation>
    </message>
    <message>
        <source>Wants the consumer to continue to participate?</source>
        <translation>Wants the consumer to continue to participate?</translation>
    </message>
    <message>
        <source>Wants the peer to continue to organize the activities?</source>
        <translation>Wants the peer to continue to organize the activities?</translation>
    </message>
    <message>
        <source>Consumer's social communication improved?</source>
        <translation>Consumer's social communication improved?</translation>
    </message>
    <message>
        <source>Own quality of life improved?</source>
        <translation>Own quality of life improved?</translation>
    </message>
    <message>
        <source>Peer's social communication improved?</source>
        <translation>Peer's social communication improved?</translation>
    </message>
    <message>
        <source>Working skills improved?</source>
        <translation>Working skills improved?</translation>
    </message>
    <message>
        <source>Social communication improved?</source>
        <translation>Social communication improved?</translation>
    </message>
    <message>
        <source>Own mood improved?</source>
        <translation>Own mood improved?</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>{value!r} is not a known kind of training.</source>
        <translation>{value!r} is not a known kind of training.</translation>
    </message>
    <message>
        <source>The course needs a title.</source>
        <translation>The course needs a title.</translation>
    </message>
    <message>
        <source>The course ends before it starts.</source>
        <translation>The course ends before it starts.</translation>
    </message>
    <message>
        <source>The training session needs a topic.</source>
        <translation>The training session needs a topic.</translation>
    </message>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} is not a known {what}.</translation>
    </message>
    <message>
        <source>A training session lasts 1 to 480 minutes.</source>
        <translation>A training session lasts 1 to 480 minutes.</translation>
    </message>
    <message>
        <source>Marked both present and absent: {codes}.</source>
        <translation>Marked both present and absent: {codes}.</translation>
    </message>
    <message>
        <source>No training course has the key {key}.</source>
        <translation>No training course has the key {key}.</translation>
    </message>
    <message>
        <source>No training session has the key {key}.</source>
        <translation>No training session has the key {key}.</translation>
    </message>
</context>
<context>
    <name>withdrawal</name>
    <message>
        <source>{code} withdrew consent on {day} already.</source>
        <translation>{code} withdrew consent on {day} already.</translation>
    </message>
</context>
</TS>