"""Reading the spreadsheets people bring: participants and survey answers."""
