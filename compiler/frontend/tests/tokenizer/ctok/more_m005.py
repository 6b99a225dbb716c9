rb
