//! The extra actions of admin resources (beyond list / get / create / update / delete, which
//! [`admin`](super::admin) serves for all of them), one file per resource.

pub(crate) mod webhook;
