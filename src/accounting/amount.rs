//! [`Amount`]: a number sent in an accounting write body (a price, a quantity, a rate).
//!
//! Models decode amounts as plain `f64` (the JSON numbers the reference documents). Write
//! bodies compare with `Eq` (every body of the crate does, so a test or a retry check can tell
//! two bodies apart), which `f64` cannot give; `Amount` wraps the `f64` and compares it bit
//! for bit, which is a lawful equivalence (`NaN` equals itself, `0.0` differs from `-0.0`).

use serde::{Deserialize, Serialize};

/// A number in a write body: serialized as the JSON number it holds.
///
/// Built from any `f64` (`.unit_price(12.5)` takes `impl Into<Amount>`). A non-finite value
/// has no JSON form: serde_json writes it as `null`, so do not send one.
///
/// ```
/// use truto::accounting::Amount;
///
/// assert_eq!(serde_json::to_string(&Amount::from(12.5)).unwrap(), "12.5");
/// assert_eq!(Amount::from(0.1 + 0.2).value(), 0.1 + 0.2);
/// ```
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default)]
#[serde(transparent)]
pub struct Amount(f64);

impl Amount {
    /// The number held.
    pub fn value(self) -> f64 {
        self.0
    }
}

impl From<f64> for Amount {
    fn from(value: f64) -> Self {
        Amount(value)
    }
}

impl From<Amount> for f64 {
    fn from(amount: Amount) -> Self {
        amount.0
    }
}

/// Bit-for-bit equality: reflexive even for `NaN`, so `Eq` holds.
impl PartialEq for Amount {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Amount {}

#[cfg(test)]
mod tests {
    use super::Amount;

    #[test]
    fn amounts_compare_bit_for_bit_and_serialize_as_numbers() {
        assert_eq!(Amount::from(f64::NAN), Amount::from(f64::NAN));
        assert_ne!(Amount::from(0.0), Amount::from(-0.0));
        assert_eq!(
            serde_json::to_value(Amount::from(1.08)).unwrap(),
            serde_json::json!(1.08)
        );
        let back: Amount = serde_json::from_str("250").unwrap();
        assert_eq!(f64::from(back), 250.0);
    }
}
