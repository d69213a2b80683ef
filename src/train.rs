//! The door for the trainer (`train/`, crate `highlit-train`), open with the `train` feature:
//! the name model's internals that training and evaluation need, and nothing else.
//!
//! Not public API: hidden from the docs, with no semver promise; it changes with the model.
//! Everything here stays `pub(crate)` in the library without the feature.

pub use crate::entities::decode::{bilou, type_of, viterbi, Transitions, N, START, TYPES};
pub use crate::entities::features::{
    context_features, doc_features, local_features, local_key, prepare, prepare_for_training,
    static_features, DocTypes, Prepared,
};
pub use crate::entities::gazetteer::Gazetteer;
pub use crate::entities::hash::IdMap;
pub use crate::entities::model::{Model, ModelError, Sums, SumsCache};
pub use crate::entities::spans::without_punctuation_edges;
pub use crate::entities::token::{TokInfo, HAS_LETTER};
pub use crate::entities::{decode_doc, decode_sentences, find, use_model, Found};
