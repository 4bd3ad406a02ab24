//! Truto's platform (admin) API: the resources of your Truto environment itself, as opposed
//! to the data plane (`/unified`, `/proxy`, `/custom`) of the integrated accounts.
//!
//! Each resource has its own file and endpoint trait, implemented for
//! [`Client`](crate::Client).

mod files;

pub use files::{FilesApi, UploadedFile};
