// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of the libraries that build the tests' precompiled headers
// (cmake/PizhuPch.cmake); it has nothing of its own.
