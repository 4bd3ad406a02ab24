//! String enums that keep values this SDK does not know ("open enums").
//!
//! Truto documents closed lists of values for some fields (a ticket's `status.name` is one of
//! nine words, `created_by.type` is `user` or `contact`), but the data comes from many providers
//! and real responses carry other words too. A plain Rust enum would make the whole response
//! fail to decode on the first unexpected word. An open enum has one variant per documented
//! value plus `Other(String)`, which keeps any other value exactly as it was sent, so it is
//! decoded without error and serialized back unchanged.
//!
//! ```
//! use truto::ticketing::TicketStatus;
//!
//! let known: TicketStatus = serde_json::from_str(r#""open""#).unwrap();
//! assert_eq!(known, TicketStatus::Open);
//!
//! let unknown: TicketStatus = serde_json::from_str(r#""escalated""#).unwrap();
//! assert_eq!(unknown, TicketStatus::Other("escalated".to_owned()));
//! assert_eq!(serde_json::to_string(&unknown).unwrap(), r#""escalated""#);
//! ```
//!
//! The enums are declared with the crate-private [`open_enum!`] macro, which every unified
//! resource reuses.

/// Declares an open string enum: the listed variants plus `Other(String)`.
///
/// Syntax: attributes and docs for the enum, then `Variant = "wire value"` pairs, each with its
/// own docs. The macro adds the `Other(String)` variant (documented) and implements:
///
/// - `KNOWN` (every documented wire value, in declaration order), `known(&str)` (the variant
///   for a documented value), `as_str()`, `is_known()`;
/// - `Clone` and `Debug` (derived); `PartialEq`, `Eq` and `Hash` by wire value, so
///   `Other("open".into())` equals `Open` (values built through `From`/`parse` never end up
///   in `Other` with a known word anyway); `PartialEq<str>` and `PartialEq<&str>`;
/// - `Display` and `AsRef<str>` (the wire value), `From<&str>`, `From<String>` (reuses the
///   allocation for unknown values), `FromStr` with `Err = Infallible`, `From<Enum> for String`;
/// - `Serialize` / `Deserialize` as a plain JSON string. Decoding matches the borrowed text in
///   `visit_str`, so a known value does not allocate; only an unknown value is copied into
///   `Other`. Matching is exact and case-sensitive: `"Open"` decodes to `Other("Open")`, which
///   keeps the provider's text intact.
///
/// ```ignore
/// crate::open_enum::open_enum! {
///     /// The kind of a widget.
///     pub enum WidgetKind {
///         /// A small widget (`small`).
///         Small = "small",
///         /// A large widget (`large`).
///         Large = "large",
///     }
/// }
/// ```
///
/// The generated code names `::serde`, so the calling crate must depend on `serde`.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $value:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug)]
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                $variant,
            )+
            /// A value this SDK does not know, kept exactly as it was sent.
            ///
            /// Build values with `From` or `parse` rather than writing `Other` by hand: they
            /// pick the named variant for a known word. Comparisons go by wire value, so
            /// an `Other` holding a known word still equals the named variant.
            Other(::std::string::String),
        }

        impl $name {
            /// Every value this SDK knows, as sent on the wire, in declaration order.
            pub const KNOWN: &'static [&'static str] = &[$($value),+];

            /// The named variant for a known wire value, or `None` for any other text.
            pub fn known(value: &str) -> ::std::option::Option<Self> {
                match value {
                    $($value => ::std::option::Option::Some(Self::$variant),)+
                    _ => ::std::option::Option::None,
                }
            }

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)+
                    Self::Other(value) => value.as_str(),
                }
            }

            /// Whether the value is one of the known ones (its wire value is in
            /// [`KNOWN`](Self::KNOWN)).
            pub fn is_known(&self) -> bool {
                match self {
                    Self::Other(value) => Self::known(value).is_some(),
                    _ => true,
                }
            }
        }

        impl ::std::cmp::PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl ::std::cmp::Eq for $name {}

        impl ::std::hash::Hash for $name {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state);
            }
        }

        impl ::std::cmp::PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl ::std::cmp::PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match Self::known(value) {
                    ::std::option::Option::Some(known) => known,
                    ::std::option::Option::None => Self::Other(value.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                match Self::known(&value) {
                    ::std::option::Option::Some(known) => known,
                    ::std::option::Option::None => Self::Other(value),
                }
            }
        }

        impl ::std::convert::From<$name> for ::std::string::String {
            fn from(value: $name) -> Self {
                match value {
                    $name::Other(text) => text,
                    known => known.as_str().to_owned(),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;

            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(Self::from(value))
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                struct OpenEnumVisitor;

                impl<'de> ::serde::de::Visitor<'de> for OpenEnumVisitor {
                    type Value = $name;

                    fn expecting(
                        &self,
                        f: &mut ::std::fmt::Formatter<'_>,
                    ) -> ::std::fmt::Result {
                        f.write_str("a string")
                    }

                    fn visit_str<E: ::serde::de::Error>(
                        self,
                        value: &str,
                    ) -> ::std::result::Result<$name, E> {
                        ::std::result::Result::Ok($name::from(value))
                    }

                    fn visit_string<E: ::serde::de::Error>(
                        self,
                        value: ::std::string::String,
                    ) -> ::std::result::Result<$name, E> {
                        ::std::result::Result::Ok($name::from(value))
                    }
                }

                deserializer.deserialize_str(OpenEnumVisitor)
            }
        }
    };
}

pub(crate) use open_enum;

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    open_enum! {
        /// A test enum.
        pub enum Shade {
            /// Light.
            Light = "light",
            /// Dark.
            Dark = "dark",
        }
    }

    #[test]
    fn known_values_map_to_named_variants() {
        assert_eq!(Shade::KNOWN, &["light", "dark"]);
        for value in Shade::KNOWN {
            let shade = Shade::from(*value);
            assert!(!matches!(shade, Shade::Other(_)), "{value}");
            assert_eq!(shade.as_str(), *value);
            assert!(shade.is_known());
        }
        assert!(matches!(Shade::from("dark"), Shade::Dark));
        assert!(matches!(Shade::from("dark".to_owned()), Shade::Dark));
        assert!(matches!("light".parse::<Shade>(), Ok(Shade::Light)));
        assert_eq!(Shade::known("dim"), None);
    }

    #[test]
    fn unknown_values_are_kept_as_sent() {
        let shade = Shade::from("Dusky");
        assert_eq!(shade, Shade::Other("Dusky".to_owned()));
        assert!(!shade.is_known());
        assert_eq!(shade.as_str(), "Dusky");
        assert_eq!(shade.to_string(), "Dusky");
        assert_eq!(String::from(shade), "Dusky");
        // Exact match only: a different case is another value.
        assert_eq!(Shade::from("LIGHT"), Shade::Other("LIGHT".to_owned()));
    }

    #[test]
    fn equality_and_hash_follow_the_wire_value() {
        let hand_built = Shade::Other("light".to_owned());
        assert_eq!(hand_built, Shade::Light);
        assert!(hand_built.is_known());
        let set: HashSet<Shade> = [Shade::Light, hand_built].into_iter().collect();
        assert_eq!(set.len(), 1);
        assert_eq!(Shade::Dark, "dark");
        assert_eq!(&Shade::Dark, "dark");
        assert_ne!(Shade::Dark, Shade::Light);
    }

    #[test]
    fn serde_uses_plain_strings() {
        for (shade, text) in [
            (Shade::Light, r#""light""#),
            (Shade::Dark, r#""dark""#),
            (Shade::Other("dim".to_owned()), r#""dim""#),
        ] {
            assert_eq!(serde_json::to_string(&shade).unwrap(), text);
            assert_eq!(serde_json::from_str::<Shade>(text).unwrap(), shade);
            // Owned-string path (visit_string), as when decoding from a `Value`.
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(serde_json::from_value::<Shade>(value).unwrap(), shade);
        }
        // Escaped text goes through visit_str with an unescaped copy.
        assert_eq!(
            serde_json::from_str::<Shade>(r#""d\u0061rk""#).unwrap(),
            Shade::Dark
        );
    }

    #[test]
    fn non_strings_fail_to_decode() {
        for text in ["5", "true", "null", "{}", "[]"] {
            let error = serde_json::from_str::<Shade>(text).unwrap_err();
            assert!(error.to_string().contains("expected a string"), "{error}");
        }
    }
}
