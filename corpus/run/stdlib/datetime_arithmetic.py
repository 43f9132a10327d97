from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.toordinal())
print(tuple(d.isocalendar()), d.replace(day=1), date.fromordinal(738000), date.fromisoformat('2021-03-04'))
print(d.strftime('%Y/%m/%d %a %A %b %B %j %%'), d.ctime())
t = time(13, 5, 7, 250)
print(t, repr(t), t.isoformat(), t.isoformat('minutes'), t.strftime('%H:%M:%S %I %p'))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), dt - datetime(2023, 1, 1), dt.isoformat(sep=' '))
print(dt.strftime('%Y-%m-%dT%H:%M:%S'), dt.date(), dt.time(), dt.timetuple()[:6])
print(datetime.fromisoformat('2011-11-04T00:05:23.283+00:00'))
print(datetime.fromisoformat('2011-11-04 00:05:23'))
u = datetime(2020, 5, 17, 12, 0, tzinfo=timezone.utc)
print(u, u.tzname(), u.utcoffset(), u.timestamp(), repr(timezone.utc))
east = timezone(timedelta(hours=5, minutes=30), 'IST')
print(u.astimezone(east), east, timezone(timedelta(hours=-3)))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365))
td = timedelta(days=1, hours=25, minutes=-5, microseconds=7)
print(td, repr(td), td.total_seconds(), td * 3, td / 2, td // timedelta(hours=1), -td, abs(-td))
print(timedelta(weeks=2) % timedelta(days=5), divmod(timedelta(days=7), timedelta(days=2)))
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]))
print(date(2020, 1, 1) < date(2020, 1, 2), dt == datetime(2023, 12, 31, 23, 59, 30), t > time(12))
print(hash(d) == hash(date(2024, 2, 28)), {d: 1}[date(2024, 2, 28)], datetime.min, datetime.max, timedelta.resolution)
try:
    date(2023, 2, 29)
except ValueError as e:
    print('ValueError')
try:
    datetime(2020, 1, 1) < u
except TypeError as e:
    print('TypeError')
print(date.max - date.min, (date(2024, 3, 1) - d).days)
