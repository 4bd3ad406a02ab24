//! Decoding of the ticketing models' `date-time` fields (`completed_at`, `created_at`,
//! `due_date`, `updated_at`).
//!
//! The seed documents these fields as `string · date-time`, which is RFC 3339 with an offset,
//! and that is what Truto sends. They decode into `chrono::DateTime<FixedOffset>`, which keeps
//! the offset that was sent, so decode then encode gives the same instant in the same offset.
//! Encoding is chrono's own: RFC 3339, a zero offset written as `Z` (so `+00:00` comes back
//! as `Z`), fractional seconds printed only when non-zero (in groups of 3, 6 or 9 digits).
//!
//! Because the data comes from many providers, decoding also accepts, rather than failing the
//! whole ticket, two forms without an offset, both read as UTC: a date and time
//! (`2024-03-05T14:21:07`, `T` or a space between) and a bare date (`2024-03-05`, read as
//! midnight). Anything else is a decoding error.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use serde::de::{self, Deserializer, Unexpected, Visitor};
use std::fmt;

/// What the decoder reports it expected when a timestamp does not parse.
const EXPECTED: &str = "an RFC 3339 date-time string (or a date-time or date without offset)";

/// Parses a timestamp as described in the module docs; `None` if it is none of those forms.
pub(crate) fn parse_timestamp(text: &str) -> Option<DateTime<FixedOffset>> {
    if let Ok(parsed) = DateTime::parse_from_rfc3339(text) {
        return Some(parsed);
    }
    // chrono's own parser: also takes a space or lowercase `t` between date and time.
    if let Ok(parsed) = text.parse::<DateTime<FixedOffset>>() {
        return Some(parsed);
    }
    for format in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(text, format) {
            return Some(naive.and_utc().fixed_offset());
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|date| date.and_hms_opt(0, 0, 0))
        .map(|naive| naive.and_utc().fixed_offset())
}

/// `deserialize_with` function for an optional timestamp field: `null` decodes to `None`.
///
/// Pair it with `#[serde(default)]` so that an absent field is `None` too.
pub(crate) fn deserialize_option<'de, D>(
    deserializer: D,
) -> Result<Option<DateTime<FixedOffset>>, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_option(OptionalTimestampVisitor)
}

/// Visits `null` or a timestamp string.
struct OptionalTimestampVisitor;

impl<'de> Visitor<'de> for OptionalTimestampVisitor {
    type Value = Option<DateTime<FixedOffset>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "null or {EXPECTED}")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(TimestampVisitor).map(Some)
    }
}

/// Visits a timestamp string.
struct TimestampVisitor;

impl<'de> Visitor<'de> for TimestampVisitor {
    type Value = DateTime<FixedOffset>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTED)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        parse_timestamp(text).ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))
    }
}

#[cfg(all(test, feature = "ticketing"))]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::ticketing::Ticket;

    #[test]
    fn timestamps_without_offset_are_read_as_utc() {
        let cases = [
            ("2024-03-05T14:21:07.000Z", "2024-03-05T14:21:07Z"),
            (
                "2024-03-05T14:21:07.25-03:00",
                "2024-03-05T14:21:07.250-03:00",
            ),
            ("2024-03-05 14:21:07+02:00", "2024-03-05T14:21:07+02:00"),
            ("2024-03-05T14:21:07", "2024-03-05T14:21:07Z"),
            ("2024-03-05 14:21:07.5", "2024-03-05T14:21:07.500Z"),
            ("2024-03-05", "2024-03-05T00:00:00Z"),
        ];
        for (text, expected) in cases {
            let parsed = parse_timestamp(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(serde_json::to_value(parsed).unwrap(), expected, "{text}");
            let ticket: Ticket =
                serde_json::from_value(json!({"id": "1", "due_date": text})).unwrap();
            assert_eq!(ticket.due_date, Some(parsed));
        }
        for bad in [
            "",
            "yesterday",
            "2024-13-01",
            "2024-03-05T25:00:00Z",
            "05/03/2024",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }
}
