<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EmergenciesPage</name>
    <message>
        <source>Emergencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was signed in. Type the password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support service desk — {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} ({code}) · {user}, {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support service desk
Records, forms and evaluation of peer support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows after the application restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after no use for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community doctor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Set up this computer&apos;s database once: the site, its first community and the community doctor who will manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionTrainingPage</name>
    <message>
        <source>Supervision and training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held but not yet logged: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency reports not yet acknowledged: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next six-weekly hand-over: {day}, in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a known profession.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a known role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo project created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  communities: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  peers: {n}, consumers: {m}, caregivers: {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sessions held: {n}, cancelled: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  consumers attending: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  emergency events: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  supervisions: {n}, training sessions: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  survey answers: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds people; the demo only fills an empty site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emergencies</name>
    <message>
        <source>{value!r} is not a known kind of event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what action was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event time must be a past moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the report before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the follow-up before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency event has the key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>line {line}, column {column} ({value!r}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and {n} more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: nothing was imported, {n} problem(s) found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date; write 2015-09-01, 2015/9/1 or 2015年9月1日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known {what}; use one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the text encoding is not understood; save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an Excel workbook; in Excel choose Save As, CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no data lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cells, but the header has {m} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing columns: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown columns: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated columns: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line 1 (header): {problems}. Expected: {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{read} {what} read: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code is 1-32 letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no community has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left before enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a caregiver cares for someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person cannot care for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same code is on line {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person has this code, in the file or the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known instrument; use one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an item of {instrument}; use one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{instrument} is for a {role}, and {person} never was one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same answer is on line {other}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>No community has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity session has the key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {day} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role!r} is not a known role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on {left} is before enrolled on {enrolled}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be their own caregiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status!r} is not a known status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the person quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not enrolled as {role} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Only peers and consumers are screened, not {role!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown criteria: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether each criterion is met: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening date {day} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PSP score lies between 1 and 100, not {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PSP score {score} does not agree with &apos;PSP score above 50&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion not met: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a known consent form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing date {day} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>The end {end} is not after the start {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session lasts {n} minutes; sessions usually last {low}-{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not enrolled as a peer on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {n} peer(s); a session needs at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer leads the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is dated {day}, in the future; it cannot have been held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not enrolled as a consumer in {community} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is on leave on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked both present and absent: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a known cancellation reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the session was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session that was held cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the doctor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a community name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>{what} code {code!r} must be 1-32 letters, digits, - or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not set up yet: run init --site CODE --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already set up as site {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>{value!r} is not a known kind of supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision date {day} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>surveys</name>
    <message>
        <source>{value!r} is not a known instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item!r} is not an item of {instrument}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not yes, no or not_assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {day} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>{value!r} is not a known kind of training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training session needs a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training course has the key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
