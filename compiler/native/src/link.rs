//! Linking: finds the runtime archive and links an object file with it
//! (and the system libraries it needs) into an executable using `cc`.
